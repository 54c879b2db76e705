/**
 * A small, hardened XML 1.0 parser for ECG files (HL7 aECG, GE MUSE, Philips): bytes in, a plain
 * element tree out. Written for hostile input rather than completeness:
 * - no entity is ever expanded beyond the five predefined ones and numeric character references,
 *   and a DOCTYPE whose internal subset declares entities is refused, so neither external
 *   entities (XXE) nor entity bombs ("billion laughs") can do anything; an external DTD named by
 *   a DOCTYPE (GE MUSE's `restecg.dtd`) is never fetched, only skipped;
 * - nesting depth, element count and input size are capped (see {@link XmlParseOptions}), the
 *   tree is built without recursion, and every scan moves forward, so time and memory stay linear
 *   in the input;
 * - every failure is an {@link EcgFormatError} whose `field` is the XML path and whose
 *   `byteOffset` is where in the file it happened.
 * Not supported (not needed by ECG formats): namespace resolution (names are kept as written),
 * DTD validation and default attributes. Follows W3C XML 1.0 (Fifth Edition) §2–§4.
 */
import { EcgFormatError } from '../errors.js';
import { decodeText } from '../text/decode-text.js';
import { detectXmlEncoding, xmlByteOffset, type XmlEncoding } from './xml-encoding.js';
import { XmlScanner } from './xml-scanner.js';
import type { XmlElement, XmlParseOptions } from './xml-types.js';

const DEFAULT_MAX_DEPTH = 256;
const DEFAULT_MAX_ELEMENTS = 4_000_000;
const DEFAULT_MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * Parses a whole XML document. The encoding comes from the byte-order mark or the XML
 * declaration (UTF-8, UTF-16 LE/BE, ISO-8859-1, GB18030), default UTF-8.
 * @param bytes - the whole file
 * @param options - depth, element-count and size caps (defaults suit ECG files)
 * @returns the root element
 * @throws EcgFormatError `truncated` (document ends inside markup), `bad-data` (not well-formed),
 *   `unsupported` (entity declarations, unknown encoding) or `too-large` (a cap was hit)
 * @example
 * const root = parseXml(bytes);
 * root.name; // 'AnnotatedECG'
 * root.children[0]?.attributes['root']; // '61d1a24f-…'
 */
export function parseXml(bytes: Uint8Array, options: XmlParseOptions = {}): XmlElement {
  const maxInputBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.length > maxInputBytes) {
    throw new EcgFormatError(
      'too-large',
      `XML document of ${bytes.length} bytes is over the ${maxInputBytes}-byte limit`,
      { byteOffset: 0 },
    );
  }
  const encoding = detectXmlEncoding(bytes);
  const text = decodeText(bytes, encoding.encoding);
  const scanner = new XmlScanner(text, {
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxElements:
      options.maxElements ?? Math.min(DEFAULT_MAX_ELEMENTS, Math.floor(bytes.length / 4) + 1),
  });
  try {
    return scanner.parseDocument();
  } catch (error) {
    throw withByteOffset(error, text, scanner.position, encoding);
  }
}

/** The scanner reports character positions; the caller wants byte offsets in the file. */
function withByteOffset(
  error: unknown,
  text: string,
  charIndex: number,
  encoding: XmlEncoding,
): unknown {
  if (!(error instanceof EcgFormatError)) {
    return error;
  }
  return new EcgFormatError(error.code, error.message, {
    byteOffset: xmlByteOffset(text, charIndex, encoding),
    field: error.field,
    cause: error.cause,
  });
}
