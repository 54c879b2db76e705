/**
 * The parsed shape of a DICOM data set (PS3.5 §7): elements keyed by tag, sequences as nested
 * data sets, values as views into the file's bytes (nothing copied); plus typed accessors.
 */
import { EcgFormatError } from '../errors.js';
import { tagLabel } from './tags.js';

/** How the data set is encoded (PS3.5 §10, transfer syntaxes). */
export interface DicomSyntax {
  /** Explicit VR (the VR is written in each element header) or implicit VR. */
  explicitVr: boolean;
  /** Byte order of binary values and of tags and lengths. */
  littleEndian: boolean;
}

/** One data element. */
export interface DicomElement {
  /** `(group << 16) | element`. */
  tag: number;
  /** Value Representation, from the header (explicit VR) or the dictionary (implicit VR). */
  vr: string;
  /** Byte offset of the element's header in the file. */
  offset: number;
  /** Byte offset of the value in the file. */
  valueOffset: number;
  /** The value's bytes (a view into the file); empty for a sequence. */
  value: Uint8Array;
  /** The items, when the element is a sequence (SQ). */
  items?: DicomDataset[];
}

/** A data set (the file's, or one sequence item). */
export interface DicomDataset {
  elements: Map<number, DicomElement>;
  /** Byte order of the values inside. */
  littleEndian: boolean;
  /** Byte offset in the file where the data set (or the item's body) starts. */
  offset: number;
}

/** Turns text bytes into a string in the data set's Specific Character Set. */
export type DicomTextDecoder = (bytes: Uint8Array) => string;

/** VRs whose values are numbers in binary form, with their width in bytes. */
const BINARY_WIDTH: Readonly<Record<string, number>> = {
  US: 2,
  SS: 2,
  UL: 4,
  SL: 4,
  FL: 4,
  FD: 8,
};

/**
 * The items of a sequence element, or an empty list when the element is absent or not a sequence.
 * @example dicomItems(dataset, TAG.WaveformSequence).length // 2
 */
export function dicomItems(dataset: DicomDataset, tag: number): DicomDataset[] {
  return dataset.elements.get(tag)?.items ?? [];
}

/**
 * The values of a string element (split on `\` unless the VR is ST, LT, UT or UR, which may
 * contain it), each trimmed of padding spaces and NULs; empty values kept as `''`.
 * @param dataset - where to look
 * @param tag - the element
 * @param decode - decoder for the Specific Character Set
 * @returns the values, or `[]` when the element is absent or empty
 * @example dicomStrings(ds, TAG.SpecificCharacterSet, latin1) // ['', 'ISO 2022 IR 58']
 */
export function dicomStrings(
  dataset: DicomDataset,
  tag: number,
  decode: DicomTextDecoder,
): string[] {
  const element = dataset.elements.get(tag);
  if (element === undefined || element.value.length === 0 || element.items !== undefined) {
    return [];
  }
  const text = decode(element.value);
  const parts = ['ST', 'LT', 'UT', 'UR'].includes(element.vr) ? [text] : text.split('\\');
  return parts.map((part) => part.replace(/[\0 ]+$/, '').replace(/^ +/, ''));
}

/**
 * The first value of a string element, or undefined when absent or empty.
 * @example dicomString(ds, TAG.Modality, latin1) // 'ECG'
 */
export function dicomString(
  dataset: DicomDataset,
  tag: number,
  decode: DicomTextDecoder,
): string | undefined {
  const [first] = dicomStrings(dataset, tag, decode);
  return first === undefined || first === '' ? undefined : first;
}

/**
 * The numeric values of an element: binary (US, SS, UL, SL, FL, FD, in the data set's byte
 * order) or decimal text (DS, IS).
 * @throws EcgFormatError `bad-data` when a text value is not a number
 * @example dicomNumbers(item, TAG.ReferencedWaveformChannels) // [1, 0]
 */
export function dicomNumbers(dataset: DicomDataset, tag: number): number[] {
  const element = dataset.elements.get(tag);
  if (element === undefined || element.items !== undefined) {
    return [];
  }
  const width = BINARY_WIDTH[element.vr];
  if (width === undefined) {
    return dicomStrings(dataset, tag, asciiText)
      .filter((text) => text !== '')
      .map((text) => parseDecimal(text, element));
  }
  const { value } = element;
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  const little = dataset.littleEndian;
  const numbers: number[] = [];
  for (let at = 0; at + width <= value.length; at += width) {
    numbers.push(readBinary(view, at, element.vr, little));
  }
  return numbers;
}

/**
 * The first numeric value of an element, or undefined when absent or empty.
 * @example dicomNumber(item, TAG.NumberOfWaveformSamples) // 10000
 */
export function dicomNumber(dataset: DicomDataset, tag: number): number | undefined {
  return dicomNumbers(dataset, tag)[0];
}

/** ASCII (and ISO-8859-1) bytes as text, for VRs outside the Specific Character Set. */
export function asciiText(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}

function readBinary(view: DataView, at: number, vr: string, little: boolean): number {
  switch (vr) {
    case 'US':
      return view.getUint16(at, little);
    case 'SS':
      return view.getInt16(at, little);
    case 'UL':
      return view.getUint32(at, little);
    case 'SL':
      return view.getInt32(at, little);
    case 'FL':
      return view.getFloat32(at, little);
    default:
      return view.getFloat64(at, little);
  }
}

/** DS/IS grammar (PS3.5 §6.2): an optional sign, digits with an optional point, an exponent. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parseDecimal(text: string, element: DicomElement): number {
  if (!DECIMAL.test(text)) {
    throw new EcgFormatError(
      'bad-data',
      `${tagLabel(element.tag)} at byte ${element.offset} holds '${text.slice(0, 32)}', not a number`,
      { byteOffset: element.valueOffset, field: tagLabel(element.tag) },
    );
  }
  return Number(text);
}
