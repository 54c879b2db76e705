/**
 * Philips XLI decompression of a `parsedwaveforms` payload (after base64): one chunk per stored
 * lead, each chunk
 *
 *     offset 0  int32 LE  size of the LZW stream in bytes (the chunk is 8 + size bytes)
 *     offset 4  int16 LE  unknown; 1 in all 48 chunks of our sample files (not relied on)
 *     offset 6  int16 LE  the first second-difference residual (for sample 2, see below)
 *     offset 8  size bytes of LZW, 10-bit codes (see `xli-lzw.ts`)
 *
 * The LZW output (2n bytes for n samples) holds n 16-bit codes split into planes: the high bytes
 * of all codes first, then all the low bytes (big-endian per code once rejoined; the planes
 * compress better because most high bytes are 0 or 0xFF). The codes are a second-order
 * prediction residual with a bias of 64, shifted by one place:
 *
 *     s[0] = c[0],  s[1] = c[1]
 *     s[j] = 2·s[j−1] − s[j−2] − r[j]   for j ≥ 2,   r[2] = header value,  r[j] = c[j−1] − 64
 *
 * so the last code is never used. Arithmetic wraps to 16 bits, as the Philips samples are 16-bit.
 * Verified on the three sample files: the decoded leads are smooth ECG (first differences of a
 * few LSB), identical to an independent Python decoding, and match the published mid-record values
 * of sixlettervariables/sierra-ecg-tools' test suite (facts only; no code taken from it).
 */
import { EcgFormatError } from '../errors.js';
import { decompressXliLzw } from './xli-lzw.js';

/** The fixed size of a chunk header, in bytes. */
const CHUNK_HEADER_BYTES = 8;
/** Bias added to every residual code. */
const RESIDUAL_BIAS = 64;

/**
 * Decodes the first `leadCount` chunks of an XLI payload into raw 16-bit samples.
 * @param payload - the base64-decoded `parsedwaveforms` content
 * @param leadCount - chunks to decode (the file's valid lead count; later chunks, typically four
 *   empty channels of a 16-channel acquisition, are ignored)
 * @param samplesPerLead - samples each chunk must hold (duration × rate)
 * @param field - XML path of `parsedwaveforms`, for errors
 * @returns one array of raw samples (LSB, signed) per lead, in chunk order
 * @throws EcgFormatError `truncated` (payload ends inside a chunk or has too few chunks),
 *   `bad-data` (negative chunk size, LZW codes out of range, wrong expanded length); the
 *   `byteOffset` is in the decoded payload
 * @example
 * const raw = decodeXli(payload, 12, 5500, '/restingecgdata/waveforms/parsedwaveforms');
 * raw.length; // 12
 */
export function decodeXli(
  payload: Uint8Array,
  leadCount: number,
  samplesPerLead: number,
  field: string,
): Int16Array[] {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const leads: Int16Array[] = [];
  let offset = 0;
  while (leads.length < leadCount) {
    const chunk = leads.length + 1;
    if (offset + CHUNK_HEADER_BYTES > payload.length) {
      throw new EcgFormatError(
        'truncated',
        `XLI payload in ${field} ends at byte ${payload.length} after ${leads.length} of ${leadCount} lead chunks`,
        { field, byteOffset: offset },
      );
    }
    const size = view.getInt32(offset, true);
    const firstResidual = view.getInt16(offset + 6, true);
    const start = offset + CHUNK_HEADER_BYTES;
    if (size < 0 || size > payload.length - start) {
      throw new EcgFormatError(
        size < 0 ? 'bad-data' : 'truncated',
        `XLI chunk ${chunk} in ${field} declares ${size} bytes at payload byte ${offset}, but ${payload.length - start} remain`,
        { field, byteOffset: offset },
      );
    }
    const planes = decompressXliLzw(payload, start, start + size, 2 * samplesPerLead, field);
    leads.push(integrateResiduals(planes, samplesPerLead, firstResidual));
    offset = start + size;
  }
  return leads;
}

/** Rejoins the byte planes into codes and undoes the second-order prediction (see file header). */
function integrateResiduals(
  planes: Uint8Array,
  sampleCount: number,
  firstResidual: number,
): Int16Array {
  const codes = new Int16Array(sampleCount);
  for (let i = 0; i < sampleCount; i++) {
    codes[i] = ((planes[i] ?? 0) << 8) | (planes[sampleCount + i] ?? 0);
  }
  const samples = new Int16Array(sampleCount);
  samples.set(codes.subarray(0, Math.min(2, sampleCount)));
  let residual = firstResidual;
  for (let j = 2; j < sampleCount; j++) {
    const twoBack = samples[j - 2] ?? 0;
    const oneBack = samples[j - 1] ?? 0;
    samples[j] = 2 * oneBack - twoBack - residual;
    residual = (codes[j] ?? 0) - RESIDUAL_BIAS;
  }
  return samples;
}
