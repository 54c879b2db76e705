import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Study, StudySummary } from '@gesang/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ecgStudies, jobs } from '../db/schema/index.js';
import {
  createEcgTestApp,
  multipartBody,
  sharedEcgFile,
  uploadEcg,
  waitForStudy,
  type EcgTestApp,
} from '../../test/ecg-helpers.js';
import { createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';

let t: EcgTestApp;
let countyId: string;
let tech: Client;

/** Bytes that start like a PDF (a county's printout sent by mistake). */
const pdfLike = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');

beforeAll(async () => {
  t = await createEcgTestApp();
  const db = t.database.db;
  countyId = (await createOrg(db, { kind: 'county' })).id;
  tech = await signIn(t.app, (await createUser(db, [[countyId, 'ecg_technician']])).username);
});
afterAll(async () => {
  await t.close();
});

const key = (): string => `k-${randomUUID()}`;

describe('POST /api/ecg/studies', () => {
  it('stores a real DICOM ECG byte for byte and analyses it off the request path', async () => {
    const bytes = sharedEcgFile('dicom', 'waveform_ecg.dcm');
    const response = await uploadEcg(t.app, tech, bytes, {
      key: key(),
      fileName: 'waveform_ecg.dcm',
      fields: { chestPain: 'true', onsetAt: '2026-05-01T02:10:00+08:00' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<StudySummary>();
    expect(created.status).toBe('received');
    expect(created.clinicalContext).toEqual({
      chestPain: true,
      onsetAt: '2026-05-01T02:10:00+08:00',
      firstMedicalContactAt: null,
    });
    const study = await waitForStudy(tech, created.id, (s) => s.status !== 'received');
    // The 201 answer is built from the insert statement's result; the study read back agrees.
    expect(created).toMatchObject({
      id: study.id,
      orgId: study.orgId,
      orgName: study.orgName,
      fileName: 'waveform_ecg.dcm',
      receivedAt: study.receivedAt,
      clinicalContext: study.clinicalContext,
      claimedBy: null,
      signedBy: null,
    });
    expect(study.rejection).toBeNull();
    expect(study.status).toBe('analysed');
    // Expected values from pydicom (/usr/bin/python3): RHYTHM group, 12 channels x 10000 @ 1000 Hz,
    // Manufacturer "Mortara Instrument, Inc.", PatientSex F.
    expect(study.record?.format.name).toBe('DICOM');
    expect(study.record?.leads).toEqual([
      'I',
      'II',
      'III',
      'aVR',
      'aVL',
      'aVF',
      'V1',
      'V2',
      'V3',
      'V4',
      'V5',
      'V6',
    ]);
    expect(study.record?.sampleRateHz).toBe(1000);
    expect(study.record?.samplesPerLead).toBe(10_000);
    expect(study.record?.patient.sex).toBe('female');
    expect(['critical', 'urgent', 'routine']).toContain(study.triage?.level);
    expect(study.analysis?.statements.length).toBeGreaterThan(0);
    expect(study.slaDueAt).not.toBeNull();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(study.file).toEqual({ sha256, sizeBytes: bytes.length });
    const kept = join(t.dataDir, 'files', 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(readFileSync(kept).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not an ECG with the reader’s reason and keeps it for inspection', async () => {
    const response = await uploadEcg(t.app, tech, pdfLike, { key: key(), fileName: 'scan.pdf' });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json<StudySummary>().id;
    const study = await waitForStudy(tech, id, (s) => s.status !== 'received');
    expect(study.status).toBe('rejected');
    expect(study.rejection).toMatchObject({ code: 'not-ecg', byteOffset: 0 });
    expect(study.rejection?.message).toMatch(/PDF/);
    expect(study.triage).toBeNull();
    expect(study.rejectedAt).not.toBeNull();
    const sha256 = createHash('sha256').update(pdfLike).digest('hex');
    const kept = join(t.dataDir, 'files', 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(readFileSync(kept).equals(pdfLike)).toBe(true);
  });

  it('returns the first study for a repeated Idempotency-Key, sequentially and concurrently', async () => {
    const bytes = Buffer.concat([pdfLike, Buffer.from(randomUUID())]);
    const k = key();
    const first = await uploadEcg(t.app, tech, bytes, { key: k });
    expect(first.statusCode).toBe(201);
    const again = await uploadEcg(t.app, tech, bytes, { key: k });
    expect(again.statusCode).toBe(200);
    expect(again.json<StudySummary>().id).toBe(first.json<StudySummary>().id);

    const k5 = key();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => uploadEcg(t.app, tech, bytes, { key: k5 })),
    );
    const ids = new Set(responses.map((r) => r.json<StudySummary>().id));
    expect(ids.size).toBe(1);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    const [rows] = await t.database.db
      .select({ n: count() })
      .from(ecgStudies)
      .where(and(eq(ecgStudies.orgId, countyId), eq(ecgStudies.idempotencyKey, k5)));
    expect(rows?.n).toBe(1);
    const [id] = [...ids];
    const [jobRows] = await t.database.db
      .select({ n: count() })
      .from(jobs)
      .where(eq(jobs.payload, { studyId: id }));
    expect(jobRows?.n).toBe(1);
  });

  it('refuses a repeated key with a different file (409), never overwriting the first', async () => {
    const k = key();
    const first = await uploadEcg(t.app, tech, pdfLike, { key: k });
    const other = await uploadEcg(t.app, tech, Buffer.from('something else'), { key: k });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({
      field: 'header.idempotency-key',
      details: { studyId: first.json<StudySummary>().id },
    });
  });

  it('requires the Idempotency-Key header, naming it', async () => {
    const response = await uploadEcg(t.app, tech, pdfLike, { key: null });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ field: 'header.idempotency-key' });
    expect(response.json<{ message: string }>().message).toContain('Idempotency-Key');
  });

  it('names a missing file and bad clinical context fields', async () => {
    const noFile = await t.app.inject({
      method: 'POST',
      url: '/api/ecg/studies',
      headers: { cookie: tech.cookie, 'x-csrf-token': tech.csrfToken, 'idempotency-key': key() },
      payload: { chestPain: 'yes' },
    });
    expect(noFile.statusCode).toBe(415);
    const badTime = await uploadEcg(t.app, tech, pdfLike, {
      key: key(),
      fields: { onsetAt: 'yesterday' },
    });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json()).toMatchObject({ field: 'body.onsetAt' });
  });

  it('answers 401 without a session and 403 for a role that may not upload', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/ecg/studies' });
    expect(anonymous.statusCode).toBe(401);
    const reader = await signIn(
      t.app,
      (await createUser(t.database.db, [[countyId, 'ecg_reader']])).username,
    );
    const forbidden = await uploadEcg(t.app, reader, pdfLike, { key: key() });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('POST /api/ecg/device/studies (cart gateways)', () => {
  it('uploads with an organisation’s device token until it is revoked', async () => {
    const db = t.database.db;
    const admin = await signIn(t.app, (await createUser(db, [[countyId, 'org_admin']])).username);
    expect((await tech.post('/api/ecg/device-tokens', { name: 'x' })).statusCode).toBe(403);
    const created = await admin.post('/api/ecg/device-tokens', { name: 'MAC 2000 gateway' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    expect(token).toMatch(/^gsd_[A-Za-z0-9_-]{43}$/);
    const listed = (await admin.get('/api/ecg/device-tokens')).json<{ items: object[] }>();
    expect(listed.items).toEqual([expect.objectContaining({ id, name: 'MAC 2000 gateway' })]);
    expect(JSON.stringify(listed)).not.toContain(token);

    const deviceUpload = async (bearer: string, k = key()) => {
      const { payload, contentType } = await multipartBody(pdfLike);
      return t.app.inject({
        method: 'POST',
        url: '/api/ecg/device/studies',
        headers: {
          authorization: `Bearer ${bearer}`,
          'idempotency-key': k,
          'content-type': contentType,
        },
        payload,
      });
    };
    const k = key();
    const uploaded = await deviceUpload(token, k);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const studyId = uploaded.json<StudySummary>().id;
    expect((await deviceUpload(token, k)).json<StudySummary>().id).toBe(studyId);
    const study = (await tech.get(`/api/ecg/studies/${studyId}`)).json<Study>();
    expect(study).toMatchObject({
      orgId: countyId,
      uploadedBy: null,
      uploadedByDevice: { id, name: 'MAC 2000 gateway' },
    });

    expect((await deviceUpload(`${token}x`)).statusCode).toBe(401);
    expect((await admin.delete(`/api/ecg/device-tokens/${id}`)).statusCode).toBe(200);
    expect((await deviceUpload(token)).statusCode).toBe(401);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/ecg/device/studies' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('upload size limit', () => {
  let small: EcgTestApp;
  let dataDir: string;
  let client: Client;
  beforeAll(async () => {
    // Its own data folder (and no job runner that could take other test files' jobs).
    dataDir = mkdtempSync(join(tmpdir(), 'gesang-ecg-limit-'));
    small = await createEcgTestApp({ ecgMaxUploadBytes: 4096, dataDir, jobsEnabled: false });
    const org = await createOrg(small.database.db, { kind: 'county' });
    client = await signIn(
      small.app,
      (await createUser(small.database.db, [[org.id, 'ecg_technician']])).username,
    );
  });
  afterAll(async () => {
    await small.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a file over the limit with 413 stating the limit, keeping nothing', async () => {
    const streamed = await uploadEcg(small.app, client, Buffer.alloc(10_000, 7), { key: key() });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json<{ message: string }>().message).toContain('4096 bytes');
    const declared = await uploadEcg(small.app, client, Buffer.alloc(4096 + 1_100_000, 7), {
      key: key(),
    });
    expect(declared.statusCode).toBe(413);
    expect(declared.json<{ message: string }>().message).toContain('4096 bytes');
    const files = join(small.dataDir, 'files');
    const left = existsSync(files) ? readdirSync(files, { recursive: true }) : [];
    expect(left.filter((name) => String(name).includes('.part'))).toEqual([]);
    expect(existsSync(join(files, 'sha256'))).toBe(false);
    const fine = await uploadEcg(small.app, client, Buffer.alloc(4000, 7), { key: key() });
    expect(fine.statusCode).toBe(201);
  });
});
