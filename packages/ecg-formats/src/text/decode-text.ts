/**
 * Text decoding for the encodings ECG files use: UTF-8, UTF-16 (LE/BE, with or without BOM),
 * ISO-8859-1 and GB18030 (Chinese patient names from Chinese carts). Uses the WHATWG
 * `TextDecoder`, present in browsers and in Node with full ICU, so no dependency.
 */

/** An encoding a file may declare; names as the WHATWG Encoding Standard spells them. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'iso-8859-1' | 'gb18030';

/** Encoding names and aliases files write, lower-cased, mapped to the decoder to use. */
const ALIASES: Readonly<Record<string, TextEncodingName>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'iso_ir 192': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  'iso_ir 100': 'iso-8859-1',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  'gb 18030': 'gb18030',
  'iso_ir 58': 'gb18030',
};

/**
 * The decoder name for an encoding label as a file writes it (XML `encoding=`, DICOM Specific
 * Character Set), or undefined when unknown.
 * @example encodingFromLabel('GB2312') // 'gb18030'
 */
export function encodingFromLabel(label: string): TextEncodingName | undefined {
  return ALIASES[label.trim().toLowerCase()];
}

/**
 * The encoding announced by a byte-order mark at the start of `bytes`, and the BOM's length.
 * @example bomEncoding(new Uint8Array([0xff, 0xfe, 0x3c, 0])) // { encoding: 'utf-16le', length: 2 }
 */
export function bomEncoding(
  bytes: Uint8Array,
): { encoding: TextEncodingName; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (a === 0xff && b === 0xfe) {
    return { encoding: 'utf-16le', length: 2 };
  }
  if (a === 0xfe && b === 0xff) {
    return { encoding: 'utf-16be', length: 2 };
  }
  return undefined;
}

/**
 * One decoder per encoding, made on first use: making a `TextDecoder` costs far more than
 * decoding the short strings of a header field with it (a decoder keeps no state between calls
 * without `stream`).
 */
const decoders = new Map<string, Decoder>();
/** What is used of a `TextDecoder` (a structural type: not every program here has DOM types). */
interface Decoder {
  decode(input: Uint8Array): string;
}
function decoderFor(label: TextEncodingName | 'windows-1252'): Decoder {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    decoder = new TextDecoder(label, { fatal: false, ignoreBOM: true });
    decoders.set(label, decoder);
  }
  return decoder;
}

/**
 * Decodes `bytes` as `encoding`, replacing malformed sequences with U+FFFD (never throws).
 * A byte-order mark, when present, wins over `encoding` and is dropped.
 * @example decodeText(new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]), 'gb18030') // '张三'
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName = 'utf-8'): string {
  const bom = bomEncoding(bytes);
  const body = bom === undefined ? bytes : bytes.subarray(bom.length);
  const label = bom?.encoding ?? encoding;
  // ISO-8859-1 by code point: the WHATWG label maps it to windows-1252, which differs at 0x80–0x9f
  // only; without such bytes (nearly always: they are control codes in ISO-8859-1) the native
  // windows-1252 decoder gives the same text, several times faster than building it here.
  if (label === 'iso-8859-1') {
    if (!hasC1Bytes(body)) {
      return decoderFor('windows-1252').decode(body);
    }
    let text = '';
    for (let i = 0; i < body.length; i += 8192) {
      text += String.fromCharCode(...body.subarray(i, i + 8192));
    }
    return text;
  }
  return decoderFor(label).decode(body);
}

/** Whether any byte is in 0x80–0x9f, where ISO-8859-1 and windows-1252 differ. */
function hasC1Bytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (((bytes[i] as number) & 0xe0) === 0x80) {
      return true;
    }
  }
  return false;
}
