import { GesangError, studySummarySchema, type StudySummary } from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActiveOrg, requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { ecgStudies, storedFiles } from '../db/schema/index.js';
import { enqueueJob } from '../jobs/job-queue.js';
import { signalChannels } from '../jobs/signals.js';
import { authenticateDevice, requireDevice } from './device-auth.js';
import { ingestJobKind } from './ingest/ingest-job.js';
import { insertNewStudy, newStudyValues, uploadAudit, type Uploader } from './insert-new-study.js';
import type { EcgRuntime } from './runtime.js';
import { loadStudySummaries } from './study-mapping.js';
import { writeStudyEvent } from './study-events.js';
import { idempotencyKeyOf, readUploadParts, tooLarge, type UploadParts } from './upload-fields.js';
import { uploadDocs } from './upload-docs.js';

/** Bytes a multipart envelope may add around the file (boundaries, part headers, text fields). */
const envelopeAllowanceBytes = 1024 * 1024;

/**
 * Stores the study: a new key in one statement (`insertNewStudy`); a key the organisation used
 * before in one transaction (file row, study row, `received` event, ingest job) that finds the
 * first study instead (`INSERT … ON CONFLICT DO NOTHING`, so concurrent repeats also end with one
 * study).
 */
async function storeStudy(
  runtime: EcgRuntime,
  request: FastifyRequest,
  uploader: Uploader,
  key: string,
  parts: UploadParts,
): Promise<{ id: string; created: boolean; sameFile: boolean; summary?: StudySummary }> {
  const summary = await insertNewStudy(runtime.db, request, uploader, key, parts);
  if (summary !== null) {
    return { id: summary.id, created: true, sameFile: true, summary };
  }
  return runtime.db.transaction(async (tx) => {
    await tx
      .insert(storedFiles)
      .values({ sha256: parts.file.sha256, sizeBytes: parts.file.sizeBytes })
      .onConflictDoNothing();
    const [created] = await tx
      .insert(ecgStudies)
      .values(newStudyValues(uploader, key, parts))
      .onConflictDoNothing({ target: [ecgStudies.orgId, ecgStudies.idempotencyKey] })
      .returning({ id: ecgStudies.id });
    if (created !== undefined) {
      await writeStudyEvent(tx, {
        studyId: created.id,
        orgId: uploader.orgId,
        kind: 'received',
        actorUserId: uploader.userId,
        payload: { status: 'received' },
      });
      await enqueueJob(tx, ingestJobKind, { studyId: created.id });
    }
    // A new study is known already; only a repeated key needs the first study looked up.
    const [study] =
      created !== undefined
        ? [{ id: created.id, sha256: parts.file.sha256 }]
        : await tx
            .select({ id: ecgStudies.id, sha256: ecgStudies.fileSha256 })
            .from(ecgStudies)
            .where(and(eq(ecgStudies.orgId, uploader.orgId), eq(ecgStudies.idempotencyKey, key)));
    if (study === undefined) {
      throw new Error('study neither inserted nor found');
    }
    const sameFile = study.sha256 === parts.file.sha256;
    await writeAudit(
      tx,
      request,
      uploadAudit(uploader, study.id, parts, { repeat: created === undefined, sameFile }),
    );
    return { id: study.id, created: created !== undefined, sameFile };
  });
}

/** A study made from an uploaded file: 201 when new, 200 when the key found the first study. */
export interface CreatedStudy {
  status: 200 | 201;
  summary: StudySummary;
}

/**
 * Makes the study for a file already in the content-addressed store, for every upload path
 * (multipart POST and resumable tus uploads): stores it under the organisation's idempotency key,
 * wakes the ingest job and loads its summary.
 * @param runtime the ECG runtime.
 * @param request the request to audit the upload under.
 * @param uploader the signed-in user or device uploading.
 * @param key the Idempotency-Key (1–200 printable ASCII characters).
 * @param parts the stored file, its name and the clinical context.
 * @returns 201 and the new study, or 200 and the first study stored under `key`.
 * @throws GesangError 409 when `key` was used for a different file.
 * @example const { status, summary } = await createStudyFromUpload(runtime, request, uploader, key, parts);
 */
export async function createStudyFromUpload(
  runtime: EcgRuntime,
  request: FastifyRequest,
  uploader: Uploader,
  key: string,
  parts: UploadParts,
): Promise<CreatedStudy> {
  const result = await storeStudy(runtime, request, uploader, key, parts);
  if (!result.sameFile) {
    throw GesangError.conflict(
      'This Idempotency-Key was already used for a different file; choose a new key per file',
      'header.idempotency-key',
      { studyId: result.id },
    );
  }
  if (result.created) {
    runtime.signals.emit(signalChannels.jobs);
    runtime.signals.emit(signalChannels.studyEvents);
  }
  const [summary] =
    result.summary === undefined
      ? await loadStudySummaries(runtime.db, [result.id])
      : [result.summary];
  if (summary === undefined) {
    throw GesangError.notFound('ECG study');
  }
  return { status: result.created ? 201 : 200, summary };
}

/**
 * The upload itself, for a user or a device: streams the file to the store while hashing it,
 * stores the study, wakes the ingest job and answers 201 (new) or 200 (key used before).
 */
async function handleUpload(
  runtime: EcgRuntime,
  request: FastifyRequest,
  reply: FastifyReply,
  uploader: Uploader,
): Promise<FastifyReply> {
  const maxBytes = runtime.config.ecgMaxUploadBytes;
  const key = idempotencyKeyOf(request);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + envelopeAllowanceBytes) {
    throw tooLarge(maxBytes); // refused before a byte is read: the county's link is slow
  }
  const parts = await readUploadParts(request, runtime.files, maxBytes);
  const { status, summary } = await createStudyFromUpload(runtime, request, uploader, key, parts);
  return reply.status(status).send(summary);
}

/**
 * POST /api/ecg/studies: a county uploads one ECG file (multipart field `file`, header
 * `Idempotency-Key`, optional clinical context) for its acting organisation. The file is streamed
 * to the store while hashed; 201 with the new study (status `received`; ingest runs in the
 * background), or 200 with the first study when the key was used before. 413 over the size
 * limit, naming it.
 * POST /api/ecg/device/studies: the same for a cart gateway, authenticated by its organisation's
 * device token (`Authorization: Bearer`) instead of a session.
 */
export function uploadStudyRoutes(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const response = { 200: studySummarySchema, 201: studySummarySchema };

  r.post(
    '/api/ecg/studies',
    {
      config: { permission: 'ecg:upload' },
      ...uploadDocs,
      schema: { ...uploadDocs.schema, response },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const uploader = { orgId: requireActiveOrg(auth), userId: auth.userId, device: null };
      return handleUpload(runtime, request, reply, uploader);
    },
  );

  r.post(
    '/api/ecg/device/studies',
    {
      // No session: the device token is checked before the body is read.
      config: { public: true },
      onRequest: (request) => authenticateDevice(runtime.db, request),
      ...uploadDocs,
      schema: {
        ...uploadDocs.schema,
        summary: 'Upload an ECG file from a cart gateway (Authorization: Bearer <device token>)',
        description: `${uploadDocs.schema.description} Authenticated by a device token of the uploading organisation (POST /api/ecg/device-tokens), sent as Authorization: Bearer; no session or CSRF token.`,
        security: [],
        response,
      },
    },
    async (request, reply) => {
      const device = requireDevice(request);
      const uploader = {
        orgId: device.orgId,
        userId: null,
        device: { id: device.deviceId, name: device.name },
      };
      return handleUpload(runtime, request, reply, uploader);
    },
  );
}
