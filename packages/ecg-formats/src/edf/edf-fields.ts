/**
 * The fixed-width ASCII fields of an EDF header (Kemp et al. 1992): text left-aligned and padded
 * with spaces; numbers written as ASCII decimals. Non-ASCII bytes (which the standard forbids but
 * real files contain, e.g. `°` as 0xB0) are read as ISO-8859-1, so decoding never fails.
 */
import { EcgFormatError } from '../errors.js';
import { decodeText } from '../text/decode-text.js';

/** Decimal number as EDF writes it: `-1000.00`, `200`, `.5`, `1E3`. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The text of a fixed-width field, trimmed of the padding.
 * @param bytes - the whole file
 * @param start - byte offset of the field
 * @param length - field width in bytes
 * @returns the field's text (ISO-8859-1), without leading/trailing blanks and NULs
 * @example
 * edfText(header, 0, 8); // '0'
 */
export function edfText(bytes: Uint8Array, start: number, length: number): string {
  return decodeText(bytes.subarray(start, start + length), 'iso-8859-1')
    .replace(/\0/g, ' ')
    .trim();
}

/**
 * A numeric header field.
 * @param text - the field's trimmed text
 * @param field - the field's name, for the error
 * @param byteOffset - where the field starts, for the error
 * @param warnings - receives a note when a decimal comma had to be read as a point
 * @returns the value
 * @throws EcgFormatError `bad-header` naming the field when the text is not a number
 * @example
 * parseEdfNumber('-1000.00', 'signal 0 physical minimum', 616, []); // -1000
 */
export function parseEdfNumber(
  text: string,
  field: string,
  byteOffset: number,
  warnings: string[],
): number {
  if (NUMBER.test(text)) {
    return Number(text);
  }
  // Some European writers put a decimal comma; unambiguous in an 8-byte field of one number.
  const comma = text.replace(',', '.');
  if (comma !== text && NUMBER.test(comma)) {
    warnings.push(`EDF ${field} '${text}' uses a decimal comma; read as ${comma}`);
    return Number(comma);
  }
  throw new EcgFormatError('bad-header', `EDF ${field} '${text}' is not a number`, {
    field,
    byteOffset,
  });
}

/**
 * An integer header field (the number of signals, samples per record, digital limits).
 * @param text - the field's trimmed text
 * @param field - the field's name, for the error
 * @param byteOffset - where the field starts, for the error
 * @returns the integer
 * @throws EcgFormatError `bad-header` naming the field when the text is not an integer
 * @example
 * parseEdfInteger('-32768', 'signal 0 digital minimum', 872); // -32768
 */
export function parseEdfInteger(text: string, field: string, byteOffset: number): number {
  if (/^[+-]?\d+$/.test(text)) {
    return Number(text);
  }
  throw new EcgFormatError('bad-header', `EDF ${field} '${text}' is not an integer`, {
    field,
    byteOffset,
  });
}
