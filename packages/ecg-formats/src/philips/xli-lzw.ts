/**
 * The LZW stage of Philips XLI compression: Welch's LZW (T. A. Welch, "A Technique for High-
 * Performance Data Compression", IEEE Computer 17(6), 1984) with fixed 10-bit codes, packed most
 * significant bit first. Facts checked against the three Philips sample files (every one of their
 * 48 chunks) and the public description in sixlettervariables/sierra-ecg-tools:
 * - codes 0–255 are single bytes; new strings get codes 256, 257, … up to 1022, after which the
 *   dictionary is frozen (no clear code, no growth of the code width);
 * - code 1023 (all ones) ends the chunk; every sample chunk ends with it, followed by the padding
 *   bits of the last byte;
 * - the usual "KwKwK" case (a code equal to the next free code) occurs and is handled;
 * - the dictionary starts afresh in every chunk.
 */
import { EcgFormatError } from '../errors.js';

const CODE_BITS = 10;
const END_CODE = (1 << CODE_BITS) - 1;
/** Highest code the dictionary assigns; 1023 is reserved for the end of the chunk. */
const LAST_DICTIONARY_CODE = END_CODE - 1;

/**
 * Decompresses one XLI chunk's LZW stream into exactly `outputLength` bytes.
 * @param input - buffer holding the stream (the whole decoded payload is fine)
 * @param start - first byte of the stream in `input`
 * @param end - one past its last byte (exclusive)
 * @param outputLength - bytes the chunk must expand to (2 × samples per lead); also the cap on
 *   work and memory, so a hostile stream cannot expand further
 * @param field - XML path of the payload, for errors
 * @returns the `outputLength` decompressed bytes
 * @throws EcgFormatError `bad-data` for a code that is not yet in the dictionary or output
 *   longer than `outputLength`; `truncated` when the stream ends short. `byteOffset` is the offset
 *   in the decoded payload (`input`) of the byte holding the failing code.
 * @example
 * // 'A' 'B' then the end code, packed into 10-bit codes:
 * decompressXliLzw(Uint8Array.of(0x10, 0x44, 0x2f, 0xfc), 0, 4, 2, '/x'); // [65, 66]
 */
export function decompressXliLzw(
  input: Uint8Array,
  start: number,
  end: number,
  outputLength: number,
  field: string,
): Uint8Array {
  const output = new Uint8Array(outputLength);
  // Dictionary entries >= 256 as (prefix code, last byte, string length); entries < 256 are bytes.
  const prefix = new Uint16Array(END_CODE);
  const suffix = new Uint8Array(END_CODE);
  const length = new Uint16Array(END_CODE).fill(1);
  let nextCode = 256;
  let previous = -1;
  let written = 0;
  let accumulator = 0;
  let bits = 0;
  let position = start;
  for (;;) {
    while (bits < CODE_BITS && position < end) {
      accumulator = ((accumulator << 8) | (input[position++] ?? 0)) & 0xffffff;
      bits += 8;
    }
    if (bits < CODE_BITS) {
      break;
    }
    bits -= CODE_BITS;
    const code = (accumulator >> bits) & END_CODE;
    if (code === END_CODE) {
      break;
    }
    const codeOffset = position - 1;
    const known = code < 256 || code < nextCode;
    if (!known && (code !== nextCode || previous < 0)) {
      throw new EcgFormatError(
        'bad-data',
        `XLI chunk in ${field}: LZW code ${code} at payload byte ${codeOffset} is not in the dictionary (next free code ${nextCode})`,
        { field, byteOffset: codeOffset },
      );
    }
    // KwKwK: the new string is the previous one plus its own first byte.
    const stringLength = known ? (length[code] ?? 1) : (length[previous] ?? 1) + 1;
    if (written + stringLength > outputLength) {
      throw new EcgFormatError(
        'bad-data',
        `XLI chunk in ${field} expands beyond the declared ${outputLength} bytes at payload byte ${codeOffset}`,
        { field, byteOffset: codeOffset },
      );
    }
    const first = writeString(known ? code : previous, output, written, prefix, suffix, length);
    if (!known) {
      output[written + stringLength - 1] = first;
    }
    written += stringLength;
    if (previous >= 0 && nextCode <= LAST_DICTIONARY_CODE) {
      prefix[nextCode] = previous;
      suffix[nextCode] = first;
      length[nextCode] = (length[previous] ?? 1) + 1;
      nextCode++;
    }
    previous = code;
  }
  if (written !== outputLength) {
    throw new EcgFormatError(
      'truncated',
      `XLI chunk in ${field} holds ${written} bytes, ${outputLength} expected (payload bytes ${start}–${end})`,
      { field, byteOffset: end },
    );
  }
  return output;
}

/** Writes the string of `code` at `at` (walking the prefix chain backwards); returns its first byte. */
function writeString(
  code: number,
  output: Uint8Array,
  at: number,
  prefix: Uint16Array,
  suffix: Uint8Array,
  length: Uint16Array,
): number {
  let current = code;
  let index = at + (length[current] ?? 1) - 1;
  while (current >= 256) {
    output[index--] = suffix[current] ?? 0;
    current = prefix[current] ?? 0;
  }
  output[index] = current;
  return current;
}
