/**
 * Section 1 tags 14 and 15, the acquiring and analysing device identification (EN 1064:2005
 * §5.4.3.1, tag 14): institution (2), department (2), device ID (2), device type (1),
 * manufacturer code (1), model description (6, NUL-padded), protocol revision (1), compatibility
 * level (1), language support code (1), capabilities (1), mains frequency (1), 16 reserved bytes,
 * length of the analysing-program revision string (1), then NUL-terminated strings: analysing
 * program revision, device serial number, device system software, SCP implementation software,
 * manufacturer trade name. Older writers stop after the fixed part.
 */
import type { EcgDevice } from '../record.js';
import { compact } from './compact.js';
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import type { ScpCursor } from './cursor.js';
import type { ScpTextDecoder } from './text.js';

/** Manufacturer codes of the device identification (EN 1064:2005, tag 14 byte 8). */
// prettier-ignore
const MANUFACTURERS = [
  undefined, 'Burdick', 'Cambridge Heart', 'Compumed', 'Datamed', 'Fukuda', 'Hewlett-Packard',
  'Marquette Electronics', 'Mortara Instrument', 'Nihon Kohden', 'Okin', 'Quinton', 'Siemens',
  'Spacelabs', 'Telemed', 'Hellige', 'ESA-OTE', 'Schiller', 'Picker-Schwarzer',
  'Elettronica-Trentina', 'Zwönitz',
];

/** Tag 14 or 15 as read. */
export interface ScpMachineId {
  manufacturerCode: number;
  /** Name for `manufacturerCode` from the standard's table, when it has one. */
  manufacturerName?: string;
  /** Model description (bytes 9–14). */
  model?: string;
  /** Protocol revision the device implements, times ten (byte 15). */
  protocolRevision: number;
  /** Language support code (byte 17): the character set of the record's text. */
  languageCode: number;
  /** Mains frequency: 0 unspecified, 1 50 Hz, 2 60 Hz (byte 19). */
  mainsFrequencyCode: number;
  analysingProgramRevision?: string;
  serialNumber?: string;
  systemSoftware?: string;
  scpSoftware?: string;
  tradeName?: string;
}

/** Offset of the first variable-length string (after the length byte at 35). */
const STRINGS_AT = 36;

/**
 * Parses a tag 14/15 value.
 * @param value - the tag's value bytes
 * @param decode - text decoder for the strings (the language code is read first, see
 *   {@link scpLanguageCode})
 * @returns the fields present; strings absent from a short tag are undefined
 * @throws EcgFormatError `truncated` when the value is shorter than the 19 bytes up to byte 19
 * @example readMachineId(tagValue, (b) => decodeText(b)).model // 'MDW14'
 */
export function readMachineId(
  value: ScpCursor,
  decode: (bytes: Uint8Array) => string,
): ScpMachineId {
  const code = value.u8(7, 'manufacturer code');
  // Control characters are dropped: some writers put a length byte before each string.
  const text = (bytes: Uint8Array): string | undefined =>
    withoutControls(decode(bytes)).trim() || undefined;
  const id: ScpMachineId = {
    manufacturerCode: code,
    manufacturerName: code === 100 ? undefined : MANUFACTURERS[code],
    model: text(value.bytes(8, 6, 'model description')),
    protocolRevision: value.u8(14, 'protocol revision'),
    languageCode: value.u8(16, 'language support code'),
    mainsFrequencyCode: value.u8(18, 'mains frequency'),
  };
  if (!value.has(STRINGS_AT, 1)) {
    return id;
  }
  const strings: (string | undefined)[] = [];
  let at = STRINGS_AT;
  while (strings.length < 5 && at < value.length) {
    const rest = value.bytes(at, value.length - at, 'device strings');
    const nul = rest.indexOf(0);
    const end = nul < 0 ? rest.length : nul;
    strings.push(text(rest.subarray(0, end)));
    at += end + 1;
  }
  const [analysingProgramRevision, serialNumber, systemSoftware, scpSoftware, tradeName] = strings;
  return { ...id, analysingProgramRevision, serialNumber, systemSoftware, scpSoftware, tradeName };
}

/**
 * The language support code (tag 14 byte 17) without decoding anything else, so that the text
 * decoder can be chosen before the strings are read.
 * @param value - tag 14's value bytes
 * @example scpLanguageCode(tag14) // 0x00
 */
export function scpLanguageCode(value: ScpCursor): number | undefined {
  return value.has(16, 1) ? value.u8(16, 'language support code') : undefined;
}

/** `text` without C0 control characters and DEL. */
function withoutControls(text: string): string {
  return Array.from(text)
    .filter((c) => c >= ' ' && c !== '\u007f')
    .join('');
}

/**
 * Tag 14 as the record's device: trade name (else the manufacturer code's name), model, serial
 * number, system software (else the analysing program revision).
 * @param tag14 - the tag's value
 * @param text - the record's text decoder
 * @param ctx - mode and warnings (a tag shorter than its fixed part is a deviation)
 * @example scpDevice(tag14, text, ctx).model // 'MDW14'
 */
export function scpDevice(tag14: ScpCursor, text: ScpTextDecoder, ctx: ScpContext): EcgDevice {
  if (!tag14.has(0, 19)) {
    tolerate(
      ctx,
      'truncated',
      `section 1 tag 14 (device) has ${tag14.length} bytes, fewer than its 19 fixed ones`,
      `ignored.`,
      {
        byteOffset: tag14.start,
        field: 'section 1 tag 14',
      },
    );
    return {};
  }
  const id = readMachineId(tag14, (bytes) => text.decode(bytes));
  return compact({
    manufacturer: id.tradeName ?? id.manufacturerName,
    model: id.model,
    serialNumber: id.serialNumber,
    softwareVersion: id.systemSoftware ?? id.analysingProgramRevision,
  });
}
