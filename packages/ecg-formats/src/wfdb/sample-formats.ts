/**
 * Decoders for the WFDB signal file formats, after signal(5) of the WFDB Software Package
 * (G. B. Moody, PhysioNet, https://physionet.org/physiotools/wag/signal-5.htm). Each decodes a
 * stream of samples (all signals of a file, frame after frame) into raw ADC units; scaling to
 * physical units is the caller's job. Format 8 yields the stored first differences, which the
 * caller sums per signal.
 */
import { EcgFormatError } from '../errors.js';

/** Signal formats this reader decodes. */
export const WFDB_SUPPORTED_FORMATS: readonly number[] = [8, 16, 61, 80, 160, 212, 310, 311];

/** Bytes that hold `count` samples of `format`, for the leading part of a packed group. */
const PARTIAL: Readonly<Record<number, readonly [number, number, number]>> = {
  212: [0, 2, 0],
  310: [0, 2, 4],
  311: [0, 2, 3],
};

/**
 * Bytes needed to hold the first `count` samples of a stream in `format`.
 * @param format - a format of {@link WFDB_SUPPORTED_FORMATS}
 * @param count - number of samples, ≥ 0
 * @returns byte count (a packed format's last, partial group counts only the bytes it needs)
 * @example
 * wfdbBytesForSamples(212, 3); // 5: one 3-byte pair, then 2 bytes for the lone sample
 */
export function wfdbBytesForSamples(format: number, count: number): number {
  switch (format) {
    case 8:
    case 80:
      return count;
    case 212:
      return Math.floor(count / 2) * 3 + (PARTIAL[212]?.[count % 2] ?? 0);
    case 310:
    case 311:
      return Math.floor(count / 3) * 4 + (PARTIAL[format]?.[count % 3] ?? 0);
    default:
      return count * 2;
  }
}

/**
 * Whole samples contained in `byteCount` bytes of `format` (inverse of {@link wfdbBytesForSamples}).
 * @param format - a format of {@link WFDB_SUPPORTED_FORMATS}
 * @param byteCount - bytes available, ≥ 0
 * @returns the number of complete samples
 * @example
 * wfdbSamplesInBytes(212, 1950000); // 1300000 (MIT-BIH record 100: 2 signals × 650000)
 */
export function wfdbSamplesInBytes(format: number, byteCount: number): number {
  switch (format) {
    case 8:
    case 80:
      return byteCount;
    case 212:
      return Math.floor(byteCount / 3) * 2 + (byteCount % 3 >= 2 ? 1 : 0);
    case 310:
    case 311: {
      // A trailing partial group of r bytes holds the samples whose bytes are all present.
      const partial = PARTIAL[format] ?? [0, 0, 0];
      const rest = byteCount % 4;
      return Math.floor(byteCount / 4) * 3 + (rest >= partial[2] ? 2 : rest >= partial[1] ? 1 : 0);
    }
    default:
      return Math.floor(byteCount / 2);
  }
}

/**
 * Decodes `count` consecutive samples starting at byte `start` of `bytes`.
 * @param format - one of {@link WFDB_SUPPORTED_FORMATS}
 * @param bytes - the whole signal file
 * @param start - byte offset of the first sample (the header's byte offset), ≥ 0
 * @param count - samples to decode (frames × signals in the file), ≥ 0
 * @param fileName - the file's name, for the error
 * @returns raw samples in adu (format 8: the signed first differences)
 * @throws EcgFormatError `truncated` with the offset of the first missing byte
 * @example
 * decodeWfdbSamples(16, new Uint8Array([0x10, 0x00, 0xfe, 0xff]), 0, 2, 'x.dat'); // [16, -2]
 */
export function decodeWfdbSamples(
  format: number,
  bytes: Uint8Array,
  start: number,
  count: number,
  fileName: string,
): Int32Array {
  const needed = wfdbBytesForSamples(format, count);
  if (start + needed > bytes.length) {
    throw new EcgFormatError(
      'truncated',
      `${fileName}: ${count} samples in format ${format} need ${needed} bytes from offset ${start}, but the file ends at byte ${bytes.length}`,
      { byteOffset: bytes.length, field: fileName },
    );
  }
  const out = new Int32Array(count);
  // Bytes past the end read as 0: only the unused tail of a last, partial 310/311 group can be.
  const b = (i: number): number => bytes[start + i] ?? 0;
  for (let i = 0; i < count; i++) {
    out[i] = decodeOne(format, b, i);
  }
  return out;
}

/** Sample `i` of the stream; `b(k)` is byte `k` of the stream. */
function decodeOne(format: number, b: (k: number) => number, i: number): number {
  switch (format) {
    case 8:
      return (b(i) << 24) >> 24;
    case 80:
      return b(i) - 128;
    case 16:
      return (((b(2 * i + 1) << 8) | b(2 * i)) << 16) >> 16;
    case 61:
      return (((b(2 * i) << 8) | b(2 * i + 1)) << 16) >> 16;
    case 160:
      return ((b(2 * i + 1) << 8) | b(2 * i)) - 32768;
    case 212: {
      // Pair k: byte 0 = low 8 bits of A; byte 1 = high nibble of B | high nibble of A; byte 2 = B.
      const k = 3 * (i >> 1);
      const raw =
        i % 2 === 0 ? b(k) | ((b(k + 1) & 0x0f) << 8) : b(k + 2) | ((b(k + 1) & 0xf0) << 4);
      return (raw << 20) >> 20;
    }
    case 310: {
      // Two little-endian 16-bit words w0, w1: A = w0 bits 1–10, B = w1 bits 1–10,
      // C = w0 bits 11–15 (low half) | w1 bits 11–15 (high half).
      const k = 4 * Math.floor(i / 3);
      const w0 = b(k) | (b(k + 1) << 8);
      const w1 = b(k + 2) | (b(k + 3) << 8);
      const phase = i % 3;
      const raw = phase === 0 ? w0 >> 1 : phase === 1 ? w1 >> 1 : (w0 >> 11) | ((w1 >> 11) << 5);
      return ((raw & 0x3ff) << 22) >> 22;
    }
    case 311: {
      // One little-endian 32-bit word: A = bits 0–9, B = bits 10–19, C = bits 20–29.
      const k = 4 * Math.floor(i / 3);
      const word = b(k) | (b(k + 1) << 8) | (b(k + 2) << 16) | (b(k + 3) << 24);
      return (((word >>> (10 * (i % 3))) & 0x3ff) << 22) >> 22;
    }
    default:
      throw new EcgFormatError('unsupported', `WFDB signal format ${format} is not supported`, {
        field: 'format',
      });
  }
}
