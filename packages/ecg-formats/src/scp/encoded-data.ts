/**
 * The common layout of section 5 (reference beats) and section 6 (rhythm data), EN 1064:2005
 * §5.8–5.9: amplitude value multiplier in nV (2), sample time interval in µs (2), difference
 * encoding (1: 0 none, 1 first, 2 second differences), one more byte (section 6: bimodal
 * compression used; section 5: reserved), then the number of bytes of each lead (2 per lead,
 * leads in section 3 order) and the leads' data one after the other: Huffman-coded when the
 * record has section 2, otherwise 16-bit signed little-endian samples.
 */
import { EcgFormatError } from '../errors.js';
import type { ScpCursor } from './cursor.js';
import { decodeHuffman } from './huffman-decode.js';
import type { HuffmanTable } from './huffman-table.js';
import type { ScpSection } from './section.js';

/** Section 5 or 6 as read (data not yet decoded). */
export interface ScpEncodedData {
  label: string;
  /** Amplitude value multiplier: nanovolts per unit. */
  avmNv: number;
  /** Sample time interval in microseconds. */
  sampleIntervalUs: number;
  differenceOrder: 0 | 1 | 2;
  /** Byte 6: bimodal compression flag in section 6 (protocol < 3.0), else reserved. */
  byte6: number;
  /** Each lead's encoded bytes. */
  leads: ScpCursor[];
}

/**
 * Reads the header and slices the leads' data.
 * @param section - section 5 or 6
 * @param leadCount - leads in section 3
 * @throws EcgFormatError `bad-header` (zero multiplier or interval, unknown difference order),
 *   `truncated` (lead data past the section's end)
 * @example readEncodedData(section6, 12).leads.length // 12
 */
export function readEncodedData(section: ScpSection, leadCount: number): ScpEncodedData {
  const body = section.body;
  const label = `section ${section.id}`;
  const avmNv = body.u16(0, 'amplitude value multiplier');
  const sampleIntervalUs = body.u16(2, 'sample time interval');
  const differenceOrder = body.u8(4, 'difference data used');
  const bad = (field: string, message: string, at: number): never => {
    throw new EcgFormatError('bad-header', `SCP-ECG ${label}: ${message}`, {
      byteOffset: body.absolute(at),
      field: `${label} ${field}`,
    });
  };
  if (avmNv === 0) {
    bad(
      'amplitude value multiplier',
      'the amplitude value multiplier is 0 nV, so no amplitude can be given.',
      0,
    );
  }
  if (sampleIntervalUs === 0) {
    bad('sample time interval', 'the sample time interval is 0 µs.', 2);
  }
  if (differenceOrder > 2) {
    bad('difference data used', `difference encoding ${differenceOrder} is not 0, 1 or 2.`, 4);
  }
  const leads: ScpCursor[] = [];
  let at = 6 + 2 * leadCount;
  for (let i = 0; i < leadCount; i++) {
    const count = body.u16(6 + 2 * i, `lead ${i + 1} byte count`);
    leads.push(body.slice(at, count, `${label} lead ${i + 1} data`));
    at += count;
  }
  return {
    label,
    avmNv,
    sampleIntervalUs,
    differenceOrder: differenceOrder as 0 | 1 | 2,
    byte6: body.u8(5, 'byte 6'),
    leads,
  };
}

/**
 * Decodes up to `count` raw values of one lead (before difference decoding and scaling).
 * @param data - the lead's bytes
 * @param tables - Huffman tables, or undefined for 16-bit samples
 * @param count - values wanted
 * @returns the values found (fewer than `count` when the data end first)
 * @throws EcgFormatError `bad-data` on an invalid Huffman code
 * @example decodeLeadValues(data, undefined, 5000).length // 5000
 */
export function decodeLeadValues(
  data: ScpCursor,
  tables: readonly HuffmanTable[] | undefined,
  count: number,
): Float64Array {
  if (tables !== undefined) {
    const bytes = data.bytes(0, data.length, 'data');
    return decodeHuffman(bytes, tables, count, { label: data.label, byteOffset: data.start })
      .values;
  }
  const n = Math.max(0, Math.min(count, Math.floor(data.length / 2)));
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    values[i] = data.i16(2 * i, 'sample');
  }
  return values;
}
