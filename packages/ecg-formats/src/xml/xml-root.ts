/**
 * The root element's name from the first bytes of a file, for format sniffers: cheap, and never
 * throws whatever the bytes.
 */
import { decodeText } from '../text/decode-text.js';
import { detectXmlEncoding } from './xml-encoding.js';

/** Bytes looked at: enough for a declaration, a DOCTYPE and a page of leading comments. */
const SNIFF_BYTES = 16 * 1024;

/**
 * The qualified name of the root element (e.g. `AnnotatedECG`, `restingecgdata`), when the start
 * of `bytes` is an XML prolog followed by a start tag; undefined otherwise. Reads at most the
 * first 16 KiB.
 * @param bytes - the file, or its beginning
 * @example xmlRootName(new TextEncoder().encode('<?xml version="1.0"?><!-- x --><RestingECG>')) // 'RestingECG'
 */
export function xmlRootName(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = decodeText(bytes.subarray(0, SNIFF_BYTES), detectXmlEncoding(bytes).encoding);
  } catch {
    return undefined; // an encoding this package does not read: not ours to sniff
  }
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] as string)) {
      i++;
    }
    if (text.startsWith('<?', i) || text.startsWith('<!--', i)) {
      const terminator = text[i + 1] === '?' ? '?>' : '-->';
      const end = text.indexOf(terminator, i + 2);
      if (end < 0) {
        return undefined;
      }
      i = end + terminator.length;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      // Skip to the closing '>' after any internal subset '[…]'.
      const subset = text.indexOf('[', i);
      const firstClose = text.indexOf('>', i);
      const from = subset >= 0 && subset < firstClose ? text.indexOf(']', subset) : i;
      const end = from < 0 ? -1 : text.indexOf('>', from);
      if (end < 0) {
        return undefined;
      }
      i = end + 1;
    } else {
      const match = /^<([^\s/>=<"'&!?]+)[\s/>]/.exec(text.slice(i, i + 256));
      return match?.[1];
    }
  }
}
