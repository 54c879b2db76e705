/**
 * The `Upload-Metadata` of a resumable ECG upload: what the multipart upload carries in its
 * header and text fields (file name, idempotency key, clinical context), as tus key–value pairs
 * (`key base64(value)`, comma-separated; tus 1.0 §Creation).
 */
import { GesangError, uploadStudyFieldsSchema } from '@gesang/domain';
import { Metadata } from '@tus/server';
import type { StoredClinicalContext } from '../../db/schema/index.js';
import { idempotencyKeyPattern } from '../upload-fields.js';

/** Metadata keys a client sends; `filetype` (sent by common tus clients) is accepted and dropped. */
export const metadataKeys = {
  fileName: 'filename',
  key: 'idempotencyKey',
  chestPain: 'chestPain',
  onsetAt: 'onsetAt',
  firstMedicalContactAt: 'firstMedicalContactAt',
} as const;

/** Keys the server adds to the stored record; a client cannot set them. */
export const serverKeys = {
  owner: 'gesangOwner',
  studyId: 'gesangStudyId',
  studyCreated: 'gesangStudyCreated',
} as const;

const clientKeys = new Set<string>([...Object.values(metadataKeys), 'filetype']);

/** What a resumable upload declared about its file, validated. */
export interface ResumableFields {
  fileName: string | null;
  /** The Idempotency-Key: a repeat with the same key finds the first study. */
  key: string;
  clinicalContext: StoredClinicalContext;
}

const field = (key: string): string => `header.upload-metadata.${key}`;

/**
 * Parses an `Upload-Metadata` header into key → value (null for a key without value).
 * @throws GesangError 400 naming `header.upload-metadata` when it is not tus metadata.
 * @example parseMetadataHeader('filename YS5lZGY=,idempotencyKey YWJj') // { filename: 'a.edf', … }
 */
export function parseMetadataHeader(header: string | undefined): Record<string, string | null> {
  if (header === undefined || header.trim() === '') {
    return {};
  }
  try {
    return Metadata.parse(header);
  } catch {
    throw GesangError.badRequest(
      'Upload-Metadata must be comma-separated "key base64(value)" pairs with unique keys',
      'header.upload-metadata',
    );
  }
}

/**
 * Validates metadata as the multipart upload validates its header and fields: an idempotency key
 * of 1–200 printable ASCII characters, an optional file name (cut to 255 characters) and the
 * optional clinical context (`chestPain`, `onsetAt`, `firstMedicalContactAt`).
 * @param metadata parsed metadata, client keys only (see {@link clientMetadata}).
 * @throws GesangError 400 naming `header.upload-metadata.<key>` at fault, also for an unknown key
 *   (a misspelt clinical field must not be dropped without a word).
 */
export function readResumableFields(metadata: Record<string, string | null>): ResumableFields {
  const unknown = Object.keys(metadata).find((k) => !clientKeys.has(k));
  if (unknown !== undefined) {
    throw GesangError.badRequest(`Unknown Upload-Metadata key "${unknown}"`, field(unknown));
  }
  const key = metadata[metadataKeys.key];
  if (key === undefined || key === null || !idempotencyKeyPattern.test(key)) {
    throw GesangError.badRequest(
      'Upload-Metadata needs idempotencyKey: 1–200 printable ASCII characters without spaces, the same for every retry of this file',
      field(metadataKeys.key),
    );
  }
  const fields: Record<string, string> = {};
  for (const name of ['chestPain', 'onsetAt', 'firstMedicalContactAt'] as const) {
    const value = metadata[metadataKeys[name]];
    if (value !== undefined && value !== null) {
      fields[name] = value;
    }
  }
  const parsed = uploadStudyFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw GesangError.badRequest(
      `${field(path)}: ${issue?.message ?? 'invalid value'}`,
      field(path),
    );
  }
  const name = metadata[metadataKeys.fileName];
  return {
    fileName: name === undefined || name === null || name === '' ? null : name.slice(0, 255),
    key,
    clinicalContext: {
      chestPain: parsed.data.chestPain ?? null,
      onsetAt: parsed.data.onsetAt ?? null,
      firstMedicalContactAt: parsed.data.firstMedicalContactAt ?? null,
    },
  };
}

/**
 * The metadata kept with the upload: the client's validated keys as sent, plus its owner.
 * @param metadata the client's parsed metadata.
 * @param ownerKey see `ownerKeyOf`.
 */
export function storedMetadata(
  metadata: Record<string, string | null>,
  ownerKey: string,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of Object.values(metadataKeys)) {
    const value = metadata[key];
    if (value !== undefined && value !== null) {
      kept[key] = value;
    }
  }
  return { ...kept, [serverKeys.owner]: ownerKey };
}

/** The client's part of a stored record's metadata (without the keys the server added). */
export function clientMetadata(
  metadata: Record<string, string | null> | undefined,
): Record<string, string | null> {
  const server = new Set<string>(Object.values(serverKeys));
  return Object.fromEntries(Object.entries(metadata ?? {}).filter(([k]) => !server.has(k)));
}
