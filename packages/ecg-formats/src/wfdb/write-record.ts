/**
 * `writeWfdbRecord`: an {@link EcgRecord} as a WFDB record — a header (`.hea`, header(5) of the
 * WFDB Software Package, G. B. Moody, PhysioNet) and one signal file (`.dat`) in format 16 or 212
 * holding every lead. Each lead gets its own gain and baseline (see {@link chooseWfdbScale}) so
 * that `readWfdbRecord` gives back the same float32 samples; header checksums and initial values
 * are written. What WFDB has no field for (patient name and id, device, cart findings) is listed
 * in `warnings`.
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import { patientFromWfdbComments } from './header-comments.js';
import { chooseWfdbScale } from './write-scale.js';
import { encodeWfdbSamples, wfdbChecksum } from './write-samples.js';

/** Options of {@link writeWfdbRecord}. */
export interface WriteWfdbOptions {
  /** Record name: letters, digits, `_` and `-` (the files are `<name>.hea` and `<name>.dat`). */
  name: string;
  /** Signal format: 16 (16-bit) or 212 (12-bit, two samples in three bytes). */
  format: 16 | 212;
}

/** A written WFDB record. */
export interface WrittenWfdbRecord {
  /** The header text (`.hea`), lines ending in `\n`. */
  header: string;
  /** Signal files by name (`<name>.dat`); empty for a record with no leads. */
  files: Record<string, Uint8Array>;
  /** What could not be kept exactly: quantised leads, fields WFDB has no place for. */
  warnings: string[];
}

/**
 * Writes a record as WFDB.
 * @param record - the record (all leads the same length)
 * @param options - record name and signal format
 * @returns header text, signal file and warnings
 * @throws EcgFormatError `bad-header` for a record name WFDB cannot use, `bad-data` for leads of
 *   different lengths
 * @example
 * const { header, files } = writeWfdbRecord(record, { name: 'ecg1', format: 16 });
 * readWfdbRecord(parseWfdbHeader(header), files).leads[0]?.samplesUv; // same as record's
 */
export function writeWfdbRecord(record: EcgRecord, options: WriteWfdbOptions): WrittenWfdbRecord {
  const { name, format } = options;
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new EcgFormatError(
      'bad-header',
      `WFDB record name '${name}' must be letters, digits, _ or -`,
      {
        field: 'record name',
      },
    );
  }
  const length = record.leads[0]?.samplesUv.length ?? 0;
  if (record.leads.some((lead) => lead.samplesUv.length !== length)) {
    throw new EcgFormatError(
      'bad-data',
      'WFDB needs every lead to have the same number of samples',
      {
        field: 'leads',
      },
    );
  }
  const warnings: string[] = [];
  const bits = format === 16 ? 16 : 12;
  const fileName = `${name}.dat`;
  const signalLines: string[] = [];
  const adus: Int32Array[] = [];
  record.leads.forEach((lead, index) => {
    const scale = chooseWfdbScale(lead.samplesUv, bits);
    if (!scale.exact) {
      warnings.push(
        `lead ${lead.name}: not exactly representable in format ${format}; quantised to ${scale.gain} adu/${scale.units} (largest error ${scale.maxErrorUv.toPrecision(3)} µV)`,
      );
    }
    adus.push(scale.adu);
    // The file's own spelling when it reads back as the same lead (`ii` → II), else the name:
    // 'Lead I (Einthoven)' from a DICOM label would not read back as lead I.
    const spelling = lead.sourceName;
    const description =
      spelling !== undefined && normalizeLeadName(spelling) === lead.name ? spelling : lead.name;
    if (/[\r\n]/.test(description) || description.trim() !== description) {
      warnings.push(`lead ${index}: description '${description}' trimmed to one line`);
    }
    signalLines.push(
      [
        fileName,
        String(format),
        `${scale.gain}(${scale.baseline})/${scale.units}`,
        String(bits),
        '0',
        String(scale.adu[0] ?? 0),
        String(wfdbChecksum(scale.adu)),
        '0',
        description.replace(/\s+/g, ' ').trim() || `signal ${index}`,
      ].join(' '),
    );
  });
  const lines = [recordLine(record, name, length, warnings), ...signalLines];
  for (const comment of [...record.comments, ...patientComment(record)]) {
    lines.push(...comment.split(/\r\n|\r|\n/).map((line) => `# ${line}`));
  }
  noteDropped(record, warnings);
  return {
    header: `${lines.join('\n')}\n`,
    files: record.leads.length === 0 ? {} : { [fileName]: encodeWfdbSamples(adus, format) },
    warnings,
  };
}

/** `name nsig fs nsamp [hh:mm:ss[.sss]] [DD/MM/YYYY]`. */
function recordLine(record: EcgRecord, name: string, length: number, warnings: string[]): string {
  const parts = [name, String(record.leads.length), String(record.sampleRateHz), String(length)];
  const { time, date, utcOffsetMinutes } = record.acquisitionTime ?? {};
  if (time !== undefined) {
    parts.push(time);
  }
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (ymd) {
    parts.push(`${ymd[3]}/${ymd[2]}/${ymd[1]}`);
  }
  if (utcOffsetMinutes !== undefined) {
    warnings.push('acquisition time: the UTC offset has no WFDB field; left out');
  }
  return parts.join(' ');
}

/** An `age: … sex: …` comment for what the record's own comments do not already say. */
function patientComment(record: EcgRecord): string[] {
  const said = patientFromWfdbComments(record.comments);
  const { ageYears, sex } = record.patient;
  const parts: string[] = [];
  if (ageYears !== undefined && said.ageYears === undefined) {
    parts.push(`age: ${ageYears}`);
  }
  if ((sex === 'male' || sex === 'female' || sex === 'unknown') && said.sex === undefined) {
    parts.push(`sex: ${sex}`);
  }
  return parts.length === 0 ? [] : [parts.join(' ')];
}

function noteDropped(record: EcgRecord, warnings: string[]): void {
  const dropped = [
    ...(['name', 'id', 'birthDate'] as const)
      .filter((key) => record.patient[key] !== undefined)
      .map((key) => `patient ${key}`),
    ...(record.patient.sex === 'other' ? ['patient sex'] : []),
    ...Object.keys(record.device).map((key) => `device ${key}`),
    ...(record.cartMeasurements.length > 0 ? ['cart measurements'] : []),
    ...(record.cartStatements.length > 0 ? ['cart statements'] : []),
  ];
  if (dropped.length > 0) {
    warnings.push(`WFDB has no field for: ${dropped.join(', ')}; left out`);
  }
}
