/**
 * Specific Character Set (0008,0005) → a text decoder for the VRs it governs (SH, LO, ST, LT, UT,
 * UC, PN), after PS3.3 §C.12.1.1.2 and PS3.5 §6.1: the default repertoire (ASCII), ISO_IR 100
 * (Latin-1), ISO_IR 192 (UTF-8), GB18030 and GBK, and ISO 2022 IR 58 (GB 2312 designated to G1 by
 * escape sequences, i.e. EUC-CN bytes, which the GB18030 decoder reads once the escapes are gone).
 */
import { decodeText } from '../text/decode-text.js';
import type { TextEncodingName } from '../text/decode-text.js';
import type { DicomTextDecoder } from './dataset.js';

/** Defined terms (upper case, single-byte and ISO 2022 forms) → decoder. */
const ENCODINGS: Readonly<Record<string, TextEncodingName>> = {
  '': 'iso-8859-1',
  'ISO_IR 6': 'iso-8859-1',
  'ISO 2022 IR 6': 'iso-8859-1',
  'ISO_IR 100': 'iso-8859-1',
  'ISO 2022 IR 100': 'iso-8859-1',
  'ISO_IR 192': 'utf-8',
  GB18030: 'gb18030',
  GBK: 'gb18030',
  'ISO 2022 IR 58': 'gb18030',
};

/** ISO 2022 escape sequence: ESC, intermediate bytes 0x20–0x2F, one final byte 0x30–0x7E. */
function stripEscapes(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x1b)) {
    return bytes;
  }
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte !== 0x1b) {
      out.push(byte);
      continue;
    }
    let j = i + 1;
    while (j < bytes.length && (bytes[j] ?? 0) >= 0x20 && (bytes[j] ?? 0) <= 0x2f) {
      j++;
    }
    i = j; // skips the final byte too
  }
  return Uint8Array.from(out);
}

/**
 * The decoder for a data set's Specific Character Set values.
 * @param values - the (0008,0005) values as written, e.g. `['', 'ISO 2022 IR 58']`; `[]` when absent
 * @param warnings - receives a note when a character set is not supported (read as ISO-8859-1)
 * @returns a function from value bytes to text; never throws
 * @example dicomCharsetDecoder(['ISO_IR 192'], [])(bytes) // UTF-8 text
 */
export function dicomCharsetDecoder(values: string[], warnings: string[]): DicomTextDecoder {
  const terms = values.map((value) => value.trim().toUpperCase());
  const special = terms.filter((term) => ENCODINGS[term] !== 'iso-8859-1');
  const unknown = special.filter((term) => ENCODINGS[term] === undefined);
  if (unknown.length > 0) {
    warnings.push(
      `Specific Character Set ${unknown.join(', ')} is not supported: text read as ISO-8859-1 and may be garbled`,
    );
  }
  const term = special.find((candidate) => ENCODINGS[candidate] !== undefined);
  const encoding = term === undefined ? 'iso-8859-1' : (ENCODINGS[term] ?? 'iso-8859-1');
  const iso2022 = terms.some((candidate) => candidate.startsWith('ISO 2022'));
  return (bytes) => decodeText(iso2022 ? stripEscapes(bytes) : bytes, encoding);
}
