/**
 * Base64 decoding (RFC 4648 §4, the standard alphabet) for the waveform payloads of XML ECG files
 * (GE MUSE `WaveFormData`, Philips `parsedwaveforms` and `repbeat`). Written here because neither
 * `Buffer` nor `atob` is guaranteed in every runtime this package targets, and because a reader
 * needs to say where junk is, which `atob` does not.
 */
import { EcgFormatError } from '../errors.js';

/** Value of each ASCII character in the alphabet; -1 for characters outside it. */
const ALPHABET_VALUE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) {
    table[alphabet.charCodeAt(i)] = i;
  }
  return table;
})();

/** XML white space (XML 1.0 §2.3 `S`): allowed anywhere, since files wrap base64 in lines. */
function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Decodes base64 text, ignoring XML white space anywhere. Padding (`=`) is optional but, when
 * present, must end the text; bits left over after the last full byte are ignored (RFC 4648 §3.5
 * allows a decoder to reject them, but carts are not that careful).
 * @param text - the element's character data
 * @param field - XML path of the element, for errors (e.g. `/RestingECG/Waveform[2]/LeadData`)
 * @returns the decoded bytes (length = ⌊6 × symbols / 8⌋)
 * @throws EcgFormatError `bad-data` for a character outside the alphabet, misplaced padding or a
 *   dangling single symbol; `byteOffset` is the character index within the element's text
 * @example
 * decodeBase64('AQAC\n AP//', '/x'); // Uint8Array [1, 0, 2, 0, 255, 255]
 */
export function decodeBase64(text: string, field: string): Uint8Array {
  let symbols = 0;
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isXmlSpace(code)) {
      continue;
    }
    if (code === 0x3d) {
      padding++;
      continue;
    }
    if (code >= 128 || ALPHABET_VALUE[code] === -1 || padding > 0) {
      const what = padding > 0 ? 'data after "=" padding' : `character ${JSON.stringify(text[i])}`;
      throw new EcgFormatError(
        'bad-data',
        `Base64 in ${field} has ${what} at character ${i}; the waveform cannot be decoded`,
        { field, byteOffset: i },
      );
    }
    symbols++;
  }
  if (symbols % 4 === 1 || padding > 2 || (padding > 0 && (symbols + padding) % 4 !== 0)) {
    throw new EcgFormatError(
      'bad-data',
      `Base64 in ${field} has ${symbols} symbols and ${padding} "=", which is not a whole number of bytes`,
      { field, byteOffset: text.length },
    );
  }
  const output = new Uint8Array(Math.floor((symbols * 6) / 8));
  let accumulator = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < text.length && written < output.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (ALPHABET_VALUE[code] ?? -1) : -1;
    if (value < 0) {
      continue;
    }
    accumulator = ((accumulator << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      output[written++] = (accumulator >> bits) & 0xff;
    }
  }
  return output;
}
