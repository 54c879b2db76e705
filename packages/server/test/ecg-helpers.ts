import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { EcgTriageLevel, Study } from '@gesang/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Config } from '../src/config/config.js';
import type { Db } from '../src/db/database.js';
import { ecgStudies, storedFiles } from '../src/db/schema/index.js';
import { applyIngestOutcome } from '../src/ecg/ingest/ingest-job.js';
import type { Client } from './fixtures.js';
import { createTestApp, testConfig, type TestApp } from './test-app.js';
import { testDatabaseUrl, testDbKind } from './test-db.js';

/** The repository root (this file is `packages/server/test/ecg-helpers.ts`). */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Bytes of a real cart file from `../shared/data/ecg-formats/`, failing loudly when it is missing
 * (a test never skips silently).
 * @example sharedEcgFile('dicom', 'waveform_ecg.dcm')
 */
export function sharedEcgFile(...parts: string[]): Buffer {
  const path = resolve(repoRoot, '..', 'shared', 'data', 'ecg-formats', ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Shared ECG sample not found at ${path} (see shared/data/ecg-formats/README.md)`,
    );
  }
  return readFileSync(path);
}

/** A test app with the ECG machinery and one ingest thread. */
export interface EcgTestApp extends TestApp {
  /** GESANG_DATA_DIR: its `files/` folder is the file store. */
  dataDir: string;
}

/**
 * The data folder every ECG test app shares. On PostgreSQL, test files run side by side on one
 * database and any app's job runner may take another's ingest job, so, as in production (where
 * every server process reaches the same store), all of them use one content-addressed store.
 */
const sharedDataDir = inject('sharedDataDir');

/**
 * The whole app over the test database with the shared test GESANG_DATA_DIR and, on PostgreSQL,
 * the connection string so that the LISTEN connection runs as in production.
 */
export async function createEcgTestApp(overrides: Partial<Config> = {}): Promise<EcgTestApp> {
  const dataDir = overrides.dataDir ?? sharedDataDir;
  mkdirSync(dataDir, { recursive: true });
  const t = await createTestApp({
    dataDir,
    ingestWorkers: 1,
    jobPollMs: 200,
    outboxPollMs: 200,
    ...(testDbKind() === 'postgres' ? { databaseUrl: testDatabaseUrl() } : {}),
    ...overrides,
  });
  return {
    ...t,
    dataDir,
    close: () => t.close(),
  };
}

/** Multipart fields of an upload besides the file. */
export interface UploadOptions {
  /** The Idempotency-Key header; omitted when null. */
  key: string | null;
  fileName?: string;
  fields?: Record<string, string>;
}

/**
 * A multipart/form-data body with the file in field `file`, encoded by the platform's own
 * FormData (an independent encoder, not ours).
 */
export async function multipartBody(
  bytes: Uint8Array,
  options: Pick<UploadOptions, 'fileName' | 'fields'> = {},
): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) {
    form.append(name, value);
  }
  form.append('file', new Blob([bytes]), options.fileName ?? 'ecg.bin');
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    contentType: request.headers.get('content-type') ?? '',
  };
}

/** POST /api/ecg/studies as the signed-in `client`. */
export async function uploadEcg(
  app: FastifyInstance,
  client: Client,
  bytes: Uint8Array,
  options: UploadOptions,
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = await multipartBody(bytes, options);
  return app.inject({
    method: 'POST',
    url: '/api/ecg/studies',
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
      'content-type': contentType,
      ...(options.key === null ? {} : { 'idempotency-key': options.key }),
    },
    payload,
  });
}

/**
 * Polls GET /api/ecg/studies/{id} until `done(study)` or `timeoutMs` (then throws with the last
 * status seen).
 */
export async function waitForStudy(
  client: Client,
  id: string,
  done: (study: Study) => boolean,
  timeoutMs = 20_000,
): Promise<Study> {
  const until = Date.now() + timeoutMs;
  let last: Study | undefined;
  while (Date.now() < until) {
    const response = await client.get(`/api/ecg/studies/${id}`);
    if (response.statusCode !== 200) {
      throw new Error(`GET study ${id}: ${response.statusCode} ${response.body}`);
    }
    last = response.json<Study>();
    if (done(last)) {
      return last;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`study ${id} still ${last?.status ?? 'unknown'} after ${timeoutMs} ms`);
}

/** Options of {@link createAnalysedStudy}. */
export interface AnalysedStudyInput {
  orgId: string;
  uploadedBy: string;
  level: EcgTriageLevel;
  /** When the study arrived (default now). */
  receivedAt?: Date;
  /** Leave the study `received` (not analysed). */
  status?: 'received' | 'analysed';
}

/**
 * Inserts a study directly and applies an analysed outcome of the given triage level through the
 * same function the ingest job uses (outbox event included), for tests of what comes after
 * ingest (worklist order, claim, sign) that must not depend on a particular file's analysis.
 */
export async function createAnalysedStudy(db: Db, input: AnalysedStudyInput): Promise<string> {
  const sha256 = createHash('sha256').update(randomUUID()).digest('hex');
  await db.insert(storedFiles).values({ sha256, sizeBytes: 1 });
  const [row] = await db
    .insert(ecgStudies)
    .values({
      orgId: input.orgId,
      uploadedBy: input.uploadedBy,
      idempotencyKey: randomUUID(),
      fileSha256: sha256,
      fileName: 'fixture.scp',
      clinicalContext: { chestPain: null, onsetAt: null, firstMedicalContactAt: null },
      ...(input.receivedAt === undefined ? {} : { receivedAt: input.receivedAt }),
    })
    .returning({ id: ecgStudies.id });
  if (row === undefined) {
    throw new Error('study insert failed');
  }
  if (input.status === 'received') {
    return row.id;
  }
  const code = { critical: 'stemi', urgent: 'atrial_fibrillation', routine: 'sinus_rhythm' }[
    input.level
  ];
  const text = { zh: code, en: code, bo: code };
  await db.transaction((tx) =>
    applyIngestOutcome(
      tx,
      row.id,
      {
        kind: 'analysed',
        record: {
          format: { name: 'SCP-ECG' },
          leads: ['I', 'II'],
          sampleRateHz: 500,
          samplesPerLead: 5000,
          durationS: 10,
          acquisitionTime: null,
          patient: { sex: 'male', ageYears: 58 },
          device: {},
          cartStatements: [],
          cartMeasurements: [],
          warnings: [],
        },
        analysis: {
          statements: [{ code, snomedCt: null, text, evidence: {} }],
          measurements: null,
          rhythm: null,
          beats: { total: 0, byType: {} },
          quality: { overall: 'good', leads: [] },
        },
        triage: { level: input.level, reasons: input.level === 'routine' ? [] : [{ code, text }] },
      },
      testConfig(),
    ),
  );
  return row.id;
}
