/**
 * Text in SCP-ECG sections 1, 8 and 11: NUL-terminated byte strings in the character set named
 * by the language support code (section 1 tag 14, byte 17; EN 1064:2005+A1:2007 §5.4.3.1, table
 * of language support codes). Real carts often declare plain ASCII (code 0x00) and write
 * Latin-1 or GB 2312 bytes anyway; such text is decoded by a stated guess, with one warning.
 */
import type { TextEncodingName } from '../text/decode-text.js';
import { decodeText } from '../text/decode-text.js';

/** Decodes the strings of one record. */
export interface ScpTextDecoder {
  /** The text of `bytes` up to the first NUL. */
  decode(bytes: Uint8Array): string;
  /** Warnings about guessed or substituted character sets (at most one per kind). */
  readonly warnings: string[];
}

/** Language support codes → decoder; `exact` is false where the package decoder lacks the set. */
// prettier-ignore
const LANGUAGE_CODES: ReadonlyMap<number, { encoding: TextEncodingName; name: string; exact: boolean }> = new Map([
  [0x01, { encoding: 'iso-8859-1', name: 'ISO-8859-1', exact: true }],
  [0x03, { encoding: 'iso-8859-1', name: 'ISO-8859-2', exact: false }],
  [0x0b, { encoding: 'iso-8859-1', name: 'ISO-8859-4', exact: false }],
  [0x13, { encoding: 'iso-8859-1', name: 'ISO-8859-5', exact: false }],
  [0x1b, { encoding: 'iso-8859-1', name: 'ISO-8859-6', exact: false }],
  [0x23, { encoding: 'iso-8859-1', name: 'ISO-8859-7', exact: false }],
  [0x2b, { encoding: 'iso-8859-1', name: 'ISO-8859-8', exact: false }],
  [0x33, { encoding: 'iso-8859-1', name: 'ISO-8859-11', exact: false }],
  [0x3b, { encoding: 'iso-8859-1', name: 'ISO-8859-15', exact: false }],
  [0x07, { encoding: 'utf-8', name: 'ISO 10646', exact: true }],
  [0x27, { encoding: 'gb18030', name: 'GB 2312', exact: true }],
]);

/**
 * A decoder for the language support code of a record.
 * - bit 0 clear (0x00, 0x02, …): ASCII. Bytes ≥ 0x80 are then decoded as UTF-8 when valid, else
 *   as GB 2312 (GB18030) when every such byte pairs with another in 0xA1–0xFE (EUC-CN), else as
 *   ISO-8859-1; the guess is reported once.
 * - 0x01 ISO-8859-1, 0x27 GB 2312, 0x07 ISO 10646 (read as UTF-8, the byte-string form).
 * - other ISO-8859 parts and the JIS/KS codes: decoded as ISO-8859-1 with a warning (the package
 *   decoder lacks them).
 * @param languageCode - tag 14 byte 17, or undefined when the file has no tag 14
 * @example scpTextDecoder(0x27).decode(new Uint8Array([0xd5, 0xc5, 0])) // '张'
 */
export function scpTextDecoder(languageCode: number | undefined): ScpTextDecoder {
  const warnings: string[] = [];
  const warnOnce = (message: string): void => {
    if (!warnings.includes(message)) {
      warnings.push(message);
    }
  };
  const code = languageCode ?? 0;
  const declared = LANGUAGE_CODES.get(code);
  return {
    warnings,
    decode(bytes: Uint8Array): string {
      const nul = bytes.indexOf(0);
      const text = nul < 0 ? bytes : bytes.subarray(0, nul);
      if ((code & 0x01) === 0) {
        return decodeUndeclared(text, warnOnce);
      }
      if (declared?.exact === true) {
        return decodeText(text, declared.encoding);
      }
      if (text.some((b) => b >= 0x80)) {
        warnOnce(
          `text is declared in ${declared?.name ?? `language support code 0x${code.toString(16)}`}, which this reader cannot decode; shown as ISO-8859-1, so non-Latin letters are wrong.`,
        );
      }
      return decodeText(text, 'iso-8859-1');
    },
  };
}

/** ASCII declared: the text as-is, or a reported guess when it holds bytes ≥ 0x80. */
function decodeUndeclared(text: Uint8Array, warn: (message: string) => void): string {
  if (!text.some((b) => b >= 0x80)) {
    return decodeText(text, 'iso-8859-1');
  }
  const declaredAscii = 'text holds bytes ≥ 0x80 although the language support code says ASCII';
  if (isValidUtf8(text)) {
    warn(`${declaredAscii}; they form valid UTF-8 and were read as UTF-8.`);
    return decodeText(text, 'utf-8');
  }
  if (isEucCn(text)) {
    warn(`${declaredAscii}; they pair up as GB 2312 (EUC-CN) characters and were read as GB 2312.`);
    return decodeText(text, 'gb18030');
  }
  warn(`${declaredAscii}; read as ISO-8859-1 (Latin-1).`);
  return decodeText(text, 'iso-8859-1');
}

/** Whether `bytes` is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const extra = utf8TrailCount(b);
    if (extra < 0 || i + extra >= bytes.length) {
      return false;
    }
    const second = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    ) {
      return false;
    }
    for (let k = 1; k <= extra; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) {
        return false;
      }
    }
    i += extra + 1;
  }
  return true;
}

/** Continuation bytes after lead byte `b` in UTF-8, or -1 when `b` cannot start a character. */
function utf8TrailCount(b: number): number {
  if (b < 0x80) {
    return 0;
  }
  if (b >= 0xc2 && b < 0xe0) {
    return 1;
  }
  if (b >= 0xe0 && b < 0xf0) {
    return 2;
  }
  return b >= 0xf0 && b < 0xf5 ? 3 : -1;
}

/** Whether every byte ≥ 0x80 belongs to a pair of bytes in 0xA1–0xFE (GB 2312 in EUC-CN form). */
function isEucCn(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      continue;
    }
    const next = bytes[i + 1] ?? 0;
    if (b < 0xa1 || b > 0xfe || next < 0xa1 || next > 0xfe) {
      return false;
    }
    i++;
  }
  return true;
}
