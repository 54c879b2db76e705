/**
 * `writeDicomEcg`: an {@link EcgRecord} as a DICOM Part-10 file (PS3.10 §7.1), explicit VR little
 * endian, in the most specific ECG IOD its shape allows (PS3.3 §A.34.3 12-lead ECG: ≤ 13 channels
 * in total, 200–1000 Hz, ≤ 16384 samples; §A.34.4 General ECG: ≤ 24 channels per group,
 * 200–1000 Hz; §A.34.5 Ambulatory ECG: one group of ≤ 12 channels at 50–1000 Hz), with every
 * Type 1 and Type 2 attribute of the IOD's modules.
 */
import { EcgFormatError } from '../errors.js';
import type { EcgRecord } from '../record.js';
import type { DicomMedianBeats } from './read-dicom.js';
import {
  AMBULATORY_ECG_SOP_CLASS,
  GENERAL_ECG_SOP_CLASS,
  TWELVE_LEAD_ECG_SOP_CLASS,
} from './sop-classes.js';
import { concatBytes, encodeDicomElements } from './encode-dataset.js';
import type { DicomWriteElement } from './encode-dataset.js';
import { GESANG_IMPLEMENTATION_CLASS_UID, randomDicomUid } from './uid.js';
import { headerElements } from './write-header.js';
import { annotationItems, waveformItem } from './write-waveform.js';
import type { WaveformGroupInput } from './write-waveform.js';
import { TAG } from './tags.js';

/** Options of {@link writeDicomEcg}. */
export interface DicomWriteOptions {
  /**
   * Write the record's `medianBeats` (when it has them) as a second multiplex group
   * (`MEDIAN BEAT`, DERIVED). Default true. With them, a 12-lead record exceeds the 12-lead IOD's
   * 13 channels in total and is written as General ECG; pass false to keep 12-lead ECG.
   */
  includeMedianBeats?: boolean;
  /** UID generator (default {@link randomDicomUid}: `2.25.` + a random UUID). */
  createUid?: () => string;
  /** Study Instance UID to file the ECG under an existing study (default: a new one). */
  studyInstanceUid?: string;
  /** The clock for Instance Creation Date/Time (default: now). */
  now?: Date;
  /** Receives what could not be written exactly (sample quantisation, cut text, …). */
  onWarning?: (message: string) => void;
}

const EXPLICIT_VR_LE = '1.2.840.10008.1.2.1';

/**
 * Writes a record as a DICOM ECG waveform file.
 * @param record - leads of equal length, in µV; patient, device, time, findings, comments; and
 *   optionally `medianBeats` (as {@link readDicomEcg} and the MUSE, Philips and aECG readers give)
 * @param options - median beats on or off, UID generator, clock, warning sink
 * @returns the file's bytes (128-byte preamble, `DICM`, meta, data set)
 * @throws EcgFormatError `unsupported` when no ECG IOD fits (rate outside 50–1000 Hz, more than
 *   24 leads), `bad-data` when the leads differ in length or there are none
 * @example
 * const bytes = writeDicomEcg(record, { onWarning: console.warn });
 * readDicomEcg(bytes).record.leads[0]?.samplesUv; // the same µV values
 */
export function writeDicomEcg(
  record: EcgRecord & { medianBeats?: DicomMedianBeats },
  options: DicomWriteOptions = {},
): Uint8Array {
  const warnings: string[] = [];
  const createUid = options.createUid ?? randomDicomUid;
  checkLeads(
    record.leads.map((lead) => lead.samplesUv.length),
    'record',
  );
  const groups: WaveformGroupInput[] = [
    {
      label: 'RHYTHM',
      originality: 'ORIGINAL',
      sampleRateHz: record.sampleRateHz,
      leads: record.leads,
    },
  ];
  const median = options.includeMedianBeats === false ? undefined : record.medianBeats;
  if (median !== undefined && median.leads.length > 0) {
    checkLeads(
      median.leads.map((lead) => lead.samplesUv.length),
      'median beats',
    );
    groups.push({
      label: 'MEDIAN BEAT',
      originality: 'DERIVED',
      sampleRateHz: median.sampleRateHz,
      leads: median.leads,
      ...(median.triggerSamplePosition === undefined
        ? {}
        : { triggerSamplePosition: median.triggerSamplePosition }),
    });
  }
  const sopClassUid = chooseSopClass(groups, warnings);
  const written = sopClassUid === AMBULATORY_ECG_SOP_CLASS ? groups.slice(0, 1) : groups;
  const sopInstanceUid = createUid();
  const leadNames = record.leads.map((lead) => String(lead.name));
  const annotations = annotationItems(
    record.cartStatements,
    record.cartMeasurements,
    leadNames,
    warnings,
  );
  const dataset: DicomWriteElement[] = [
    ...headerElements(record, {
      sopClassUid,
      sopInstanceUid,
      studyInstanceUid: options.studyInstanceUid ?? createUid(),
      seriesInstanceUid: createUid(),
      now: options.now ?? new Date(),
      warnings,
    }),
    {
      tag: TAG.WaveformSequence,
      vr: 'SQ',
      value: written.map((group) => waveformItem(group, warnings)),
    },
    ...(annotations.length === 0
      ? []
      : [{ tag: TAG.WaveformAnnotationSequence, vr: 'SQ', value: annotations }]),
  ];
  const body = encodeDicomElements(dataset);
  const meta = fileMeta(sopClassUid, sopInstanceUid);
  warnings.forEach((message) => options.onWarning?.(message));
  const preamble = new Uint8Array(132);
  preamble.set([0x44, 0x49, 0x43, 0x4d], 128); // 'DICM'
  return concatBytes([preamble, meta, body]);
}

/** File Meta Information (PS3.10 §7.1), with its group length. */
function fileMeta(sopClassUid: string, sopInstanceUid: string): Uint8Array {
  const elements = encodeDicomElements([
    { tag: TAG.FileMetaVersion, vr: 'OB', value: Uint8Array.of(0, 1) },
    { tag: TAG.MediaStorageSopClassUid, vr: 'UI', value: sopClassUid },
    { tag: TAG.MediaStorageSopInstanceUid, vr: 'UI', value: sopInstanceUid },
    { tag: TAG.TransferSyntaxUid, vr: 'UI', value: EXPLICIT_VR_LE },
    { tag: TAG.ImplementationClassUid, vr: 'UI', value: GESANG_IMPLEMENTATION_CLASS_UID },
    { tag: TAG.ImplementationVersionName, vr: 'SH', value: 'GESANG_ECG_0_1' },
  ]);
  const length = encodeDicomElements([
    { tag: TAG.FileMetaGroupLength, vr: 'UL', value: [elements.length] },
  ]);
  return concatBytes([length, elements]);
}

/** The most specific ECG SOP class whose IOD constraints the groups meet. */
function chooseSopClass(groups: WaveformGroupInput[], warnings: string[]): string {
  const channels = groups.reduce((sum, group) => sum + group.leads.length, 0);
  const rateIn = (low: number, high: number): boolean =>
    groups.every((group) => group.sampleRateHz >= low && group.sampleRateHz <= high);
  const samplesAtMost = (n: number): boolean =>
    groups.every((group) => (group.leads[0]?.samplesUv.length ?? 0) <= n);
  const [rhythm] = groups;
  if (channels <= 13 && rateIn(200, 1000) && samplesAtMost(16384)) {
    return TWELVE_LEAD_ECG_SOP_CLASS;
  }
  if (rateIn(200, 1000) && groups.every((group) => group.leads.length <= 24)) {
    return GENERAL_ECG_SOP_CLASS;
  }
  if (
    rhythm !== undefined &&
    rhythm.leads.length <= 12 &&
    rhythm.sampleRateHz >= 50 &&
    rhythm.sampleRateHz <= 1000
  ) {
    if (groups.length > 1) {
      warnings.push('Ambulatory ECG holds one multiplex group: median beats not written');
    }
    return AMBULATORY_ECG_SOP_CLASS;
  }
  throw new EcgFormatError(
    'unsupported',
    `No DICOM ECG IOD holds ${rhythm?.leads.length ?? 0} leads at ${rhythm?.sampleRateHz ?? 0} Hz (12-lead and General ECG: 200–1000 Hz, ≤ 24 leads; Ambulatory ECG: 50–1000 Hz, ≤ 12 leads). Resample or split the record first`,
    { field: 'sampleRateHz' },
  );
}

function checkLeads(lengths: number[], what: string): void {
  const [first] = lengths;
  if (first === undefined || first === 0) {
    throw new EcgFormatError('bad-data', `The ${what} has no samples to write`, { field: 'leads' });
  }
  if (lengths.some((length) => length !== first)) {
    throw new EcgFormatError(
      'bad-data',
      `The ${what}'s leads differ in length (${[...new Set(lengths)].join(', ')} samples)`,
      {
        field: 'leads',
      },
    );
  }
}
