/**
 * `readScpEcg`: an SCP-ECG record (EN 1064:2005 / ISO 11073-91064:2009, protocol versions 1.0 to
 * 3.0) as an {@link EcgRecord} in µV, plus the reference (median) beats of section 5. Sections
 * read: 0 pointers, 1 header, 2 Huffman tables, 3 leads, 4 QRS locations, 5 reference beats, 6
 * rhythm data, 7 global measurements, 8 statements, 10 lead measurements, 11 statement codes;
 * section 9 (manufacturer-specific) is only noted. Every CRC is verified.
 */
import type { EcgReadOptions } from '../detect/file-reader.js';
import type { CartMeasurement, CartStatement, EcgRecord } from '../record.js';
import { EcgFormatError } from '../errors.js';
import type { ScpContext } from './context.js';
import { decodeScpSignals } from './decode-signals.js';
import { readGlobalMeasurements } from './global-measurements.js';
import { readHeaderInfo } from './header-info.js';
import { readScpLayout } from './layout.js';
import { readLeadMeasurements } from './lead-measurements.js';
import type { ScpSection } from './section.js';
import type { ScpMedianBeats } from './signal-summary.js';
import { readStatements } from './statements.js';

/** What {@link readScpEcg} returns: the rhythm as the record, plus the reference beats. */
export interface ScpEcgRecord extends EcgRecord {
  /**
   * Section 5's reference (median) beats, one per lead, in µV at their own rate, when the record
   * has them and their length is known. Shaped like the other readers' `medianBeats`.
   */
  medianBeats?: ScpMedianBeats;
}

/**
 * Reads a whole SCP-ECG file.
 * @param bytes - the file
 * @param options - `lenient` (default true): read known cart deviations (wrong lengths or CRCs,
 *   Heal Force layout, byte-swapped dates) with a warning each; false: any of them is an error
 * @returns the record (`warnings` lists every tolerated deviation) with `medianBeats`
 * @throws EcgFormatError with the byte offset and field at fault
 * @example
 * const record = readScpEcg(bytes);
 * record.sampleRateHz; // 500
 * record.medianBeats?.leads[0]?.samplesUv.length; // 599
 */
export function readScpEcg(bytes: Uint8Array, options: EcgReadOptions = {}): ScpEcgRecord {
  const ctx: ScpContext = { lenient: options.lenient ?? true, warnings: [], protocolVersion: 0 };
  const { sections } = readScpLayout(bytes, ctx);
  const header = readHeaderInfo(sections.get(1), ctx);
  const signals = decodeScpSignals(sections, bytes.length, ctx);
  const optional = <T>(id: number, read: (section: ScpSection) => T[]): T[] => {
    const section = sections.get(id);
    return section === undefined ? [] : readOptional(ctx, id, () => read(section));
  };
  const cartMeasurements: CartMeasurement[] = [
    ...optional(7, (s) => readGlobalMeasurements(s.body)),
    ...optional(10, (s) => readLeadMeasurements(s.body, ctx.protocolVersion)),
  ];
  const cartStatements: CartStatement[] = [
    ...optional(8, (s) => readStatements(s.body, false, header.text)),
    ...optional(11, (s) => readStatements(s.body, true, header.text)),
  ];
  const version = ctx.protocolVersion;
  const detail = [
    signals.encoding,
    ...(header.filters.length > 0 ? [`filters: ${header.filters.join(', ')}`] : []),
    ...(sections.has(9) ? ['section 9 (manufacturer-specific) not read'] : []),
  ].join('; ');
  return {
    sampleRateHz: signals.sampleRateHz,
    leads: signals.leads,
    ...(header.acquisitionTime === undefined ? {} : { acquisitionTime: header.acquisitionTime }),
    patient: header.patient,
    device: header.device,
    comments: header.comments,
    cartMeasurements,
    cartStatements,
    format: {
      name: 'SCP-ECG',
      ...(version > 0 ? { version: `${Math.floor(version / 10)}.${version % 10}` } : {}),
      detail,
    },
    warnings: [...ctx.warnings, ...header.text.warnings],
    ...(signals.medianBeats === undefined ? {} : { medianBeats: signals.medianBeats }),
  };
}

/** Sections 7, 8, 10, 11: in lenient mode a broken one is skipped with a warning. */
function readOptional<T>(ctx: ScpContext, id: number, read: () => T[]): T[] {
  try {
    return read();
  } catch (error) {
    if (!ctx.lenient || !(error instanceof EcgFormatError)) {
      throw error;
    }
    ctx.warnings.push(`section ${id} was not read: ${error.message}`);
    return [];
  }
}
