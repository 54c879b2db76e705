import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GesangError } from '@gesang/domain';
import type { FileStore as TusFileStore } from '@tus/file-store';
import { Upload } from '@tus/server';
import type { FastifyRequest } from 'fastify';
import type { EcgRuntime } from '../runtime.js';
import { createStudyFromUpload } from '../upload-study.js';
import type { ResumableCaller } from './upload-caller.js';
import { clientMetadata, readResumableFields, serverKeys } from './upload-metadata.js';

/** The study a completed resumable upload became. */
export interface FinishedUpload {
  studyId: string;
  /** True when this upload made the study; false when its key found an earlier one. */
  created: boolean;
}

/**
 * What became of a finished upload, from its record: null while it has not become a study.
 * @example finishedOf(record) // { studyId: '…', created: true }
 */
export function finishedOf(record: Pick<Upload, 'metadata'>): FinishedUpload | null {
  const studyId = record.metadata?.[serverKeys.studyId];
  if (studyId === undefined || studyId === null) {
    return null;
  }
  return { studyId, created: record.metadata?.[serverKeys.studyCreated] === 'true' };
}

/**
 * Turns a complete upload into a study through the same path as the multipart upload: the bytes
 * are streamed into the content-addressed store while hashed, then the study is stored under the
 * idempotency key from the metadata (same key → the first study) with its ingest job. The record
 * remembers the study, so asking again answers at once; the partial file is removed (its bytes
 * now live in the store).
 * @param runtime the ECG runtime (database, file store, signals).
 * @param partials the tus file store holding partial uploads and their records.
 * @param request the request to audit the upload under.
 * @param caller the owner (already checked).
 * @param id the upload's id.
 * @throws GesangError 404 when the record is gone, 409 while bytes are missing or when the key was
 *   used for a different file, 400 when the stored metadata is no longer valid.
 * @example const { studyId } = await finishUpload(runtime, partials, request, caller, id);
 */
export async function finishUpload(
  runtime: EcgRuntime,
  partials: TusFileStore,
  request: FastifyRequest,
  caller: ResumableCaller,
  id: string,
): Promise<FinishedUpload> {
  const record = await partials.configstore.get(id);
  if (record === undefined) {
    throw GesangError.notFound('Upload');
  }
  const finished = finishedOf(record);
  if (finished !== null) {
    return finished;
  }
  const path = join(partials.directory, id);
  const receivedBytes = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  if (record.size === undefined || receivedBytes !== record.size) {
    throw GesangError.conflict(
      `The upload is not complete: ${receivedBytes} of ${record.size ?? '?'} bytes received`,
      'path.id',
      { offsetBytes: receivedBytes, lengthBytes: record.size ?? null },
    );
  }
  const fields = readResumableFields(clientMetadata(record.metadata));
  const file = await runtime.files.put(createReadStream(path));
  const { status, summary } = await createStudyFromUpload(
    runtime,
    request,
    caller.uploader,
    fields.key,
    { file, fileName: fields.fileName, clinicalContext: fields.clinicalContext },
  );
  const created = status === 201;
  const metadata = {
    ...record.metadata,
    [serverKeys.studyId]: summary.id,
    [serverKeys.studyCreated]: String(created),
  };
  await partials.configstore.set(id, new Upload({ ...record, metadata }));
  await rm(path, { force: true });
  return { studyId: summary.id, created };
}
