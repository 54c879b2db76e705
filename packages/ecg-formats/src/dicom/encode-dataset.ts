/**
 * A small DICOM encoder for explicit VR little endian (PS3.5 §7.1.2): elements sorted by tag,
 * values padded to even length (text with a space, UI and binary with a NUL, PS3.5 §6.2),
 * sequences and items of defined length. Text is written as UTF-8 (ISO_IR 192) by hand, since the
 * package declares no TextEncoder.
 */
import { EcgFormatError } from '../errors.js';
import { tagLabel } from './tags.js';
import { LONG_VRS } from './vr.js';

/** An element to write: text VRs take strings (several values joined by `\`), binary VRs numbers. */
export interface DicomWriteElement {
  tag: number;
  vr: string;
  value: string | readonly number[] | Uint8Array | readonly DicomWriteItem[];
}

/** One sequence item: its elements (any order; sorted when written). */
export type DicomWriteItem = readonly DicomWriteElement[];

const BINARY_WIDTH: Readonly<Record<string, number>> = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 };

/**
 * UTF-8 bytes of a string (WHATWG Encoding Standard's UTF-8 encoder; lone surrogates → U+FFFD).
 * @example utf8Bytes('é') // Uint8Array [0xc3, 0xa9]
 */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) {
      code = 0xfffd;
    }
    if (code < 0x80) {
      out.push(code);
    } else if (code < 0x800) {
      out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    } else {
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
    }
  }
  return Uint8Array.from(out);
}

/**
 * Encodes elements as an explicit VR little endian data set (or item body).
 * @param elements - the elements, any order
 * @returns the bytes
 * @throws EcgFormatError `too-large` when a value exceeds its VR's length field
 * @example encodeDicomElements([{ tag: TAG.Modality, vr: 'CS', value: 'ECG' }]).length // 12
 */
export function encodeDicomElements(elements: readonly DicomWriteElement[]): Uint8Array {
  const sorted = [...elements].sort((a, b) => a.tag - b.tag);
  return concatBytes(sorted.map(encodeElement));
}

/**
 * Concatenates byte arrays.
 * @example concatBytes([new Uint8Array([1]), new Uint8Array([2])]) // Uint8Array [1, 2]
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function encodeElement(element: DicomWriteElement): Uint8Array {
  const value = encodeValue(element);
  const long = LONG_VRS.has(element.vr);
  if (value.length > (long ? 0xfffffffe : 0xffff)) {
    throw new EcgFormatError(
      'too-large',
      `${tagLabel(element.tag)} would hold ${value.length} bytes, more than VR ${element.vr} allows`,
      { field: tagLabel(element.tag) },
    );
  }
  const header = new Uint8Array(long ? 12 : 8);
  const view = new DataView(header.buffer);
  view.setUint16(0, element.tag >>> 16, true);
  view.setUint16(2, element.tag & 0xffff, true);
  header[4] = element.vr.charCodeAt(0);
  header[5] = element.vr.charCodeAt(1);
  if (long) {
    view.setUint32(8, value.length, true);
  } else {
    view.setUint16(6, value.length, true);
  }
  return concatBytes([header, value]);
}

function encodeValue(element: DicomWriteElement): Uint8Array {
  const { vr, value } = element;
  if (vr === 'SQ') {
    const items = value as readonly DicomWriteItem[];
    return concatBytes(items.map(encodeItem));
  }
  if (value instanceof Uint8Array) {
    return padEven(value, 0);
  }
  if (typeof value === 'string') {
    return padEven(utf8Bytes(value), vr === 'UI' ? 0 : 0x20);
  }
  const width = BINARY_WIDTH[vr];
  if (width === undefined) {
    throw new EcgFormatError('bad-data', `Numbers cannot be written as VR ${vr}`, {
      field: tagLabel(element.tag),
    });
  }
  const numbers = value as readonly number[];
  const out = new Uint8Array(numbers.length * width);
  const view = new DataView(out.buffer);
  numbers.forEach((number, i) => {
    const at = i * width;
    if (vr === 'US') {
      view.setUint16(at, number, true);
    } else if (vr === 'SS') {
      view.setInt16(at, number, true);
    } else if (vr === 'UL') {
      view.setUint32(at, number, true);
    } else if (vr === 'SL') {
      view.setInt32(at, number, true);
    } else if (vr === 'FL') {
      view.setFloat32(at, number, true);
    } else {
      view.setFloat64(at, number, true);
    }
  });
  return out;
}

function encodeItem(item: DicomWriteItem): Uint8Array {
  const body = encodeDicomElements(item);
  const header = new Uint8Array(8);
  const view = new DataView(header.buffer);
  view.setUint16(0, 0xfffe, true);
  view.setUint16(2, 0xe000, true);
  view.setUint32(4, body.length, true);
  return concatBytes([header, body]);
}

function padEven(bytes: Uint8Array, pad: number): Uint8Array {
  if (bytes.length % 2 === 0) {
    return bytes;
  }
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  out[bytes.length] = pad;
  return out;
}
