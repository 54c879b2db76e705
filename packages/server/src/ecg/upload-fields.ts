import { GesangError, uploadStudyFieldsSchema } from '@gesang/domain';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { StoredClinicalContext } from '../db/schema/index.js';
import type { FileStore, StoredFile } from '../files/file-store.js';

/** What a multipart upload carried. */
export interface UploadParts {
  file: StoredFile;
  fileName: string | null;
  clinicalContext: StoredClinicalContext;
}

/** A printable ASCII key of 1–200 characters, chosen by the client per upload. */
export const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

/**
 * The `Idempotency-Key` header, required: a repeat with the same key returns the first study.
 * @throws GesangError 400 naming `header.idempotency-key` when missing or malformed.
 */
export function idempotencyKeyOf(request: FastifyRequest): string {
  const value = request.headers['idempotency-key'];
  const field = 'header.idempotency-key';
  if (typeof value !== 'string' || value === '') {
    throw GesangError.badRequest(
      'The Idempotency-Key header is required (a key the client chooses per upload, reused when it retries)',
      field,
    );
  }
  if (!idempotencyKeyPattern.test(value)) {
    throw GesangError.badRequest(
      'The Idempotency-Key header must be 1–200 printable ASCII characters without spaces',
      field,
    );
  }
  return value;
}

/** 413 naming the limit. */
export function tooLarge(maxBytes: number): GesangError {
  const mib = Math.round((maxBytes / 1024 ** 2) * 10) / 10;
  return new GesangError(
    413,
    'payload_too_large',
    `The file is larger than the upload limit of ${maxBytes} bytes (${mib} MiB)`,
    { field: 'body.file', details: { limitBytes: maxBytes } },
  );
}

const isFileTooLarge = (error: unknown): boolean =>
  (error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE';

async function storePart(
  part: MultipartFile,
  files: FileStore,
  maxBytes: number,
): Promise<StoredFile> {
  try {
    // Cut short at the limit: refused before it is kept under a hash.
    return await files.put(part.file, () => {
      if (part.file.truncated) {
        throw tooLarge(maxBytes);
      }
    });
  } catch (error) {
    throw isFileTooLarge(error) ? tooLarge(maxBytes) : error;
  }
}

/**
 * Reads a multipart upload in whatever order its parts come: the `file` part is streamed into the
 * file store while hashed (never held in memory), the text fields are validated as clinical
 * context.
 * @throws GesangError 415 when not multipart, 413 over `maxBytes`, 400 naming a bad or missing field.
 */
export async function readUploadParts(
  request: FastifyRequest,
  files: FileStore,
  maxBytes: number,
): Promise<UploadParts> {
  if (!request.isMultipart()) {
    throw new GesangError(
      415,
      'unsupported_media_type',
      'Send the ECG as multipart/form-data with the file in the field "file"',
      { field: 'header.content-type' },
    );
  }
  let file: StoredFile | null = null;
  let fileName: string | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file !== null) {
        part.file.resume();
        throw GesangError.badRequest('Send exactly one file, in the field "file"', 'body.file');
      }
      file = await storePart(part, files, maxBytes);
      fileName = part.filename === '' ? null : part.filename.slice(0, 255);
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  if (file === null) {
    throw GesangError.badRequest('The ECG file is missing (multipart field "file")', 'body.file');
  }
  const parsed = uploadStudyFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw GesangError.badRequest(
      `body.${path}: ${issue?.message ?? 'invalid value'}`,
      path === '' ? 'body' : `body.${path}`,
    );
  }
  return {
    file,
    fileName,
    clinicalContext: {
      chestPain: parsed.data.chestPain ?? null,
      onsetAt: parsed.data.onsetAt ?? null,
      firstMedicalContactAt: parsed.data.firstMedicalContactAt ?? null,
    },
  };
}
