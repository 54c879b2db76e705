/**
 * OpenAPI documentation of the resumable-upload routes. The bodies are raw bytes read by tus, so
 * only headers, path parameters and the study answer are described by schemas.
 */
import { studySummarySchema } from '@gesang/domain';
import { z } from 'zod';
import type { CallerKind } from './upload-caller.js';
import { uploadIdPattern } from './tus-service.js';

const digits = /^\d+$/;

const tusResumable = z
  .string()
  .optional()
  .describe('Protocol version, always 1.0.0 (412 otherwise)');

/** Path parameters of one upload. */
export const uploadParamsSchema = z.object({
  id: z.string().regex(uploadIdPattern, { error: 'not an upload id' }).describe('Upload id'),
});

/** Headers of the creation POST. */
export const createHeadersSchema = z.looseObject({
  'tus-resumable': tusResumable,
  'upload-length': z
    .string({ error: 'Upload-Length is required (the file’s size in bytes; no deferred length)' })
    .regex(digits, { error: 'Upload-Length must be a whole number of bytes' })
    .describe('Size of the whole file in bytes, at most GESANG_ECG_MAX_UPLOAD_BYTES (413 above)'),
  'upload-metadata': z
    .string({ error: 'Upload-Metadata is required (it carries the idempotencyKey)' })
    .describe(
      'Comma-separated "key base64(value)" pairs: idempotencyKey (required; same key → the first study), ' +
        'filename, chestPain (true/false), onsetAt and firstMedicalContactAt (ISO 8601)',
    ),
});

/** Headers of HEAD, DELETE and GET …/study. */
export const uploadHeadersSchema = z.looseObject({ 'tus-resumable': tusResumable });

/** Headers of a PATCH. */
export const patchHeadersSchema = z.looseObject({
  'tus-resumable': tusResumable,
  'upload-offset': z
    .string({ error: 'Upload-Offset is required (where this chunk starts, in bytes)' })
    .regex(digits, { error: 'Upload-Offset must be a whole number of bytes' })
    .describe('Where this chunk starts; must equal the upload’s offset (409 otherwise)'),
  'content-type': z.string().optional().describe('application/offset+octet-stream (415 otherwise)'),
});

/** tus answers carry headers only; their statuses are documented by these empty bodies. */
export const tusResponses = {
  create: { 201: z.null().describe('Created: Location is the upload’s URL') },
  head: { 200: z.null().describe('Upload-Offset and Upload-Length in headers') },
  patch: { 204: z.null().describe('Stored: Upload-Offset is the new offset') },
  delete: { 204: z.null().describe('Removed') },
};

/** What GET …/study answers. */
export const uploadStudyAnswerSchema = z.object({
  study: studySummarySchema,
  /** True when the key had been used before: the study is the first one made with it. */
  repeat: z.boolean(),
});

const who: Record<CallerKind, string> = {
  user: 'for the signed-in user acting for their organisation (session cookie; X-CSRF-Token on POST, PATCH and DELETE)',
  device: 'for a cart gateway (Authorization: Bearer <device token>; no session or CSRF token)',
};

/**
 * Summary and description of each route, by operation and caller kind.
 * @example resumableDocs('create', 'user').summary
 */
export function resumableDocs(
  operation: 'create' | 'head' | 'patch' | 'delete' | 'study',
  kind: CallerKind,
): { tags: string[]; summary: string; description: string; security?: [] } {
  const texts = {
    create: [
      'Create a resumable ECG upload (tus 1.0 creation)',
      '201 with Location: the upload’s URL. 400 naming the header at fault, 413 when Upload-Length is over ' +
        'the limit (stated). Unfinished uploads expire 24 h after creation (Upload-Expires).',
    ],
    head: [
      'Where a resumable upload stands (tus 1.0 HEAD)',
      'Upload-Offset (bytes the server holds) and Upload-Length. Once the upload became a study, ' +
        'Upload-Offset equals Upload-Length and Gesang-Study-Id names it. 404 when missing or not yours, 410 expired.',
    ],
    patch: [
      'Send the next bytes of a resumable upload (tus 1.0 PATCH)',
      'Body: raw bytes (Content-Type application/offset+octet-stream) from Upload-Offset. 204 with the new ' +
        'Upload-Offset; the PATCH that completes the file makes the study (same path as POST /api/ecg/studies: ' +
        'content-addressed store, idempotency key, ingest job) and names it in Gesang-Study-Id. A link that ' +
        'drops mid-chunk keeps what arrived: HEAD, then continue. 409 when Upload-Offset is not the upload’s ' +
        'offset, or when its idempotency key was used for a different file.',
    ],
    delete: [
      'Abandon a resumable upload (tus 1.0 termination)',
      '204; the partial file is removed (a study already made stays).',
    ],
    study: [
      'The study a completed resumable upload became',
      '{study, repeat}: repeat is true when the idempotency key had been used before (the first study). ' +
        'Makes the study if the completing PATCH’s answer was lost before it could. 409 while bytes are missing.',
    ],
  } as const;
  const [summary, description] = texts[operation];
  return {
    tags: ['ecg'],
    summary: kind === 'device' ? `${summary}, cart gateway` : summary,
    description: `${description} Only the uploader may see or continue an upload, ${who[kind]}.`,
    ...(kind === 'device' ? { security: [] } : {}),
  };
}
