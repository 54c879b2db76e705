/**
 * DICOM UIDs derived from UUIDs: `2.25.` followed by the UUID's 128-bit value in decimal, as PS3.5
 * §B.2 and ISO/IEC 9834-8 allow without a registered root. The random bits come from the Web
 * Crypto `crypto.getRandomValues` (in browsers and Node ≥ 19 as `globalThis.crypto`), looked up at
 * call time through a narrow structural type so the package still declares no platform globals.
 */
import { EcgFormatError } from '../errors.js';

/** Implementation Class UID (0002,0012) of files this package writes (a fixed UUID-derived UID). */
export const GESANG_IMPLEMENTATION_CLASS_UID = '2.25.188675672772710512453861104083511508223';

/** The one Web Crypto method used. */
interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
}

function webCrypto(): RandomSource | undefined {
  const candidate = (globalThis as { crypto?: Partial<RandomSource> }).crypto;
  return typeof candidate?.getRandomValues === 'function' ? (candidate as RandomSource) : undefined;
}

/**
 * `2.25.<decimal>` of a 16-byte UUID (version and variant bits set as for a version-4 UUID).
 * @param bytes - 16 random bytes (the input is not changed)
 * @returns a UID of at most 44 characters
 * @example uidFromUuidBytes(new Uint8Array(16)) // '2.25.32045414174427264240906752' (all-zero random part)
 */
export function uidFromUuidBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) {
    throw new EcgFormatError('bad-data', `A UUID has 16 bytes, not ${bytes.length}`);
  }
  const uuid = Uint8Array.from(bytes);
  uuid[6] = ((uuid[6] ?? 0) & 0x0f) | 0x40; // version 4 (RFC 9562 §5.4)
  uuid[8] = ((uuid[8] ?? 0) & 0x3f) | 0x80; // variant 10xx
  let value = 0n;
  for (const byte of uuid) {
    value = (value << 8n) | BigInt(byte);
  }
  return `2.25.${value.toString()}`;
}

/**
 * A new random UUID-derived UID.
 * @returns `2.25.` + 128-bit decimal
 * @throws EcgFormatError `unsupported` when the platform has no `crypto.getRandomValues`
 * @example randomDicomUid() // '2.25.188675672772710512453861104083511508223' (random)
 */
export function randomDicomUid(): string {
  const crypto = webCrypto();
  if (crypto === undefined) {
    throw new EcgFormatError(
      'unsupported',
      'No crypto.getRandomValues on this platform to generate DICOM UIDs; pass a createUid option',
    );
  }
  return uidFromUuidBytes(crypto.getRandomValues(new Uint8Array(16)));
}
