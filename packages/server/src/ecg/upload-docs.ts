import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idempotencyKeyPattern } from './upload-fields.js';

/**
 * The multipart body as documented in OpenAPI. It is read by the handler as a stream (the file is
 * never buffered), so the schema documents the body but does not validate it.
 */
const uploadBodyDoc = z.object({
  file: z.file().describe('The ECG file as the cart wrote it (any format Gesang reads)'),
  chestPain: z.enum(['true', 'false']).optional().describe('Does the patient have chest pain now?'),
  onsetAt: z.iso.datetime({ offset: true }).optional().describe('Symptom onset (ISO 8601)'),
  firstMedicalContactAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('First medical contact (ISO 8601)'),
});

const uploadHeadersDoc = z.looseObject({
  'idempotency-key': z
    .string({
      error: 'The Idempotency-Key header is required (a key the client chooses per upload)',
    })
    .regex(idempotencyKeyPattern, {
      error: 'The Idempotency-Key header must be 1–200 printable ASCII characters without spaces',
    })
    .describe(
      'Chosen by the client per file (1–200 printable ASCII characters); a retry with the same key returns the first study (200) instead of creating another',
    ),
});

/** Validates everything but the streamed body. */
function skipBodyValidation<S>(route: FastifyRouteSchemaDef<S>): FastifyValidationResult {
  if (route.httpPart === 'body') {
    return (data: unknown) => ({ value: data });
  }
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

/** Route options documenting POST /api/ecg/studies (spread into the route's options). */
export const uploadDocs = {
  validatorCompiler: skipBodyValidation,
  schema: {
    tags: ['ecg'],
    summary: 'Upload an ECG file (multipart field `file`, header `Idempotency-Key`)',
    description:
      'Streams the file to the store (content-addressed by SHA-256) and answers at once: 201 with the new study ' +
      '(status `received`), or 200 with the first study when the Idempotency-Key was used before by this ' +
      'organisation. Parsing and analysis run in the background; follow the study with GET /api/ecg/studies/{id} ' +
      'or GET /api/ecg/events. 400 without Idempotency-Key, 409 when the key was used for a different file, ' +
      '413 over the size limit (GESANG_ECG_MAX_UPLOAD_BYTES, stated in the message).',
    consumes: ['multipart/form-data'],
    headers: uploadHeadersDoc,
    body: uploadBodyDoc,
  },
};
