/**
 * One Channel Definition Sequence (003A,0200) item → the lead it records and how its samples
 * scale to microvolts (PS3.3 §C.10.9.1.4). Channel Sensitivity is the value of one sample unit in
 * the Channel Sensitivity Units; the Correction Factor multiplies it to the calibrated value
 * (§C.10.9.1.4.2); Channel Baseline is the "offset of encoded sample value 0 from actual 0 using
 * the units defined in the Channel Sensitivity Units Sequence" (Table C.10-9). Hence
 * `value = raw × sensitivity × correction + baseline`, in the sensitivity units.
 *
 * Departure noted: pydicom (`waveform_array`) computes `(raw + baseline) × sensitivity ×
 * correction`, i.e. takes the baseline in sample units. The two agree when the baseline is 0, as
 * in every file we have seen; we follow the standard's wording.
 */
import { EcgFormatError } from '../errors.js';
import { dicomItems, dicomNumber, dicomString } from './dataset.js';
import type { DicomDataset, DicomTextDecoder } from './dataset.js';
import { dicomLeadName } from './lead-codes.js';
import type { DicomCode } from './lead-codes.js';
import { TAG, tagLabel } from './tags.js';

/** Microvolts per unit, by UCUM code (CID 3082 Waveform Units of Measurement, voltages). */
const MICROVOLTS_PER_UNIT: ReadonlyMap<string, number> = new Map([
  ['uV', 1],
  ['mV', 1e3],
  ['V', 1e6],
  ['nV', 1e-3],
]);

/** A channel's lead and its raw-to-µV scaling. */
export interface DicomChannel {
  name: string;
  sourceName?: string;
  /** µV per raw sample unit (sensitivity × correction × unit), or undefined if not a voltage. */
  scaleUv?: number;
  /** µV added after scaling (baseline × unit). */
  offsetUv: number;
  /** Why the channel is not a voltage in µV, when `scaleUv` is undefined. */
  notVoltage?: string;
  /** Set when the channel has no Channel Sensitivity (samples kept in raw units as µV). */
  uncalibrated: boolean;
}

/**
 * The first code of a Code Sequence (Code Value, or Long/URN Code Value; designator; meaning).
 * @example dicomCode(item, TAG.ChannelSourceSequence, decode) // { value: '5.6.3-9-1', scheme: 'SCPECG', meaning: 'Lead I (Einthoven)' }
 */
export function dicomCode(item: DicomDataset, tag: number, decode: DicomTextDecoder): DicomCode {
  const [code] = dicomItems(item, tag);
  if (code === undefined) {
    return {};
  }
  const value =
    dicomString(code, TAG.CodeValue, decode) ??
    dicomString(code, TAG.LongCodeValue, decode) ??
    dicomString(code, TAG.UrnCodeValue, decode);
  const scheme = dicomString(code, TAG.CodingSchemeDesignator, decode);
  const meaning = dicomString(code, TAG.CodeMeaning, decode);
  return {
    ...(value === undefined ? {} : { value }),
    ...(scheme === undefined ? {} : { scheme }),
    ...(meaning === undefined ? {} : { meaning }),
  };
}

/**
 * The lead a Channel Definition Sequence item records, from its Channel Source Sequence code and
 * Channel Label (see {@link dicomLeadName}); reads no number, so never throws.
 * @example dicomChannelLead(item, 2, decode) // { name: 'III', sourceName: 'Lead III' }
 */
export function dicomChannelLead(
  item: DicomDataset,
  index: number,
  decode: DicomTextDecoder,
): { name: string; sourceName?: string } {
  const source = dicomCode(item, TAG.ChannelSourceSequence, decode);
  const label = dicomString(item, TAG.ChannelLabel, decode);
  return dicomLeadName(source, label, index);
}

/**
 * Reads one Channel Definition Sequence item.
 * @param item - the item
 * @param index - 0-based channel number
 * @param decode - text decoder of the data set's character set
 * @returns lead name and scaling
 * @throws EcgFormatError `bad-data` when a DS value is not a number, `bad-header` when the scale
 *   is not finite
 * @example dicomChannel(item, 0, decode).scaleUv // 1.25
 */
export function dicomChannel(
  item: DicomDataset,
  index: number,
  decode: DicomTextDecoder,
): DicomChannel {
  const lead = dicomChannelLead(item, index, decode);
  const sensitivity = dicomNumber(item, TAG.ChannelSensitivity);
  const base = { ...lead, offsetUv: 0 };
  if (sensitivity === undefined) {
    return { ...base, scaleUv: 1, uncalibrated: true };
  }
  const units = dicomCode(item, TAG.ChannelSensitivityUnitsSequence, decode);
  const unit = units.value ?? 'uV';
  const perUnit = MICROVOLTS_PER_UNIT.get(unit);
  if (perUnit === undefined) {
    return { ...base, notVoltage: `in '${unit}', not a voltage`, uncalibrated: false };
  }
  const correction = dicomNumber(item, TAG.ChannelSensitivityCorrectionFactor) ?? 1;
  const baseline = dicomNumber(item, TAG.ChannelBaseline) ?? 0;
  const scaleUv = sensitivity * correction * perUnit;
  if (!Number.isFinite(scaleUv) || !Number.isFinite(baseline)) {
    throw new EcgFormatError(
      'bad-header',
      `Channel ${index + 1}: sensitivity ${sensitivity} × correction ${correction} with baseline ${baseline} is not a finite scale`,
      { byteOffset: item.offset, field: tagLabel(TAG.ChannelSensitivity) },
    );
  }
  return {
    ...base,
    scaleUv,
    offsetUv: baseline * perUnit,
    uncalibrated: false,
  };
}
