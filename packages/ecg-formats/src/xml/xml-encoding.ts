/**
 * Which encoding an XML file is in, found as XML 1.0 (Fifth Edition) Appendix F describes: a
 * byte-order mark first, then the byte pattern of `<?` in UTF-16 without a mark, then the
 * `encoding="…"` pseudo-attribute of the XML declaration, read as ASCII; UTF-8 when none says.
 */
import { EcgFormatError } from '../errors.js';
import { bomEncoding, encodingFromLabel, type TextEncodingName } from '../text/decode-text.js';

/** The encoding of an XML document and the length of its byte-order mark (0 when none). */
export interface XmlEncoding {
  encoding: TextEncodingName;
  bomLength: number;
}

/** `<?xml … encoding="label"` in the first bytes, read as ASCII. */
const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:\- ]{1,40})["']/;

/** Labels seen in ECG files that `encodingFromLabel` leaves out but that decode as one it knows. */
const EXTRA_LABELS: Readonly<Record<string, TextEncodingName>> = {
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
};

/**
 * The encoding of an XML document, from its byte-order mark, its first bytes or its declaration.
 * @param bytes - the whole document (only the first 256 bytes are looked at)
 * @returns the decoder to use and the byte-order mark's length
 * @throws EcgFormatError `unsupported` for an encoding label this package cannot decode, or
 *   `bad-header` for a declaration of UTF-16 on bytes that are not UTF-16
 * @example
 * detectXmlEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'));
 * // { encoding: 'iso-8859-1', bomLength: 0 }
 */
export function detectXmlEncoding(bytes: Uint8Array): XmlEncoding {
  const bom = bomEncoding(bytes);
  if (bom !== undefined) {
    return { encoding: bom.encoding, bomLength: bom.length };
  }
  const [a, b, c, d] = bytes;
  if (a === 0x3c && b === 0x00 && c !== 0x00 && d === 0x00) {
    return { encoding: 'utf-16le', bomLength: 0 };
  }
  if (a === 0x00 && b === 0x3c && c === 0x00 && d !== 0x00) {
    return { encoding: 'utf-16be', bomLength: 0 };
  }
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) {
    head += String.fromCharCode(bytes[i] ?? 0);
  }
  const label = DECLARED_ENCODING.exec(head)?.[1];
  if (label === undefined) {
    return { encoding: 'utf-8', bomLength: 0 };
  }
  const key = label.trim().toLowerCase();
  const encoding = EXTRA_LABELS[key] ?? encodingFromLabel(key);
  if (encoding === undefined) {
    throw new EcgFormatError('unsupported', `XML declares encoding "${label}", which is not read`, {
      byteOffset: head.indexOf(label),
      field: 'XML declaration encoding',
    });
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    // The declaration was readable as ASCII, so the bytes are not UTF-16 (which needs a BOM or
    // the 3C 00 pattern, checked above): XML 1.0 §4.3.3 makes this a fatal error.
    throw new EcgFormatError(
      'bad-header',
      `XML declares encoding "${label}" but has no UTF-16 byte-order mark and its bytes are 8-bit`,
      { byteOffset: head.indexOf(label), field: 'XML declaration encoding' },
    );
  }
  return { encoding, bomLength: 0 };
}

/**
 * The byte offset of character `charIndex` of the decoded document, for error messages; undefined
 * for GB18030 (variable width, not worth re-encoding for).
 * @param text - the decoded document (without BOM)
 * @param charIndex - index into `text` (UTF-16 code units)
 * @param encoding - the document's encoding and BOM length
 */
export function xmlByteOffset(
  text: string,
  charIndex: number,
  encoding: XmlEncoding,
): number | undefined {
  switch (encoding.encoding) {
    case 'utf-16le':
    case 'utf-16be':
      return encoding.bomLength + 2 * charIndex;
    case 'iso-8859-1':
      return charIndex;
    case 'gb18030':
      return undefined;
    case 'utf-8': {
      let bytes = encoding.bomLength;
      const end = Math.min(charIndex, text.length);
      for (let i = 0; i < end; i++) {
        const unit = text.charCodeAt(i);
        // Surrogate pairs count 2 + 2 = 4 bytes, as the code point takes in UTF-8.
        bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
      }
      return bytes;
    }
  }
}
