/**
 * The writer's Waveform module (PS3.3 §C.10.9) and Waveform Annotation module (§C.10.10): one
 * multiplex group per Waveform Sequence item, 16-bit signed samples (the 12-lead and General ECG
 * IODs allow only SS, PS3.3 §A.34.3.4 and §A.34.4.4), per-lead Channel Sensitivity chosen by
 * {@link encodeLeadSamples}, lead codes from CID 3001.
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import type { EcgLead } from '@gesang/ecg-signal';
import type { CartMeasurement, CartStatement } from '../record.js';
import type { DicomWriteElement, DicomWriteItem } from './encode-dataset.js';
import { dicomLeadCode } from './lead-codes.js';
import { PADDING_RAW, encodeLeadSamples } from './sample-step.js';
import { TAG } from './tags.js';
import { dicomText, dsNumber } from './write-values.js';

/** One multiplex group to write. */
export interface WaveformGroupInput {
  /** Multiplex Group Label, e.g. `RHYTHM` or `MEDIAN BEAT`. */
  label: string;
  originality: 'ORIGINAL' | 'DERIVED';
  sampleRateHz: number;
  leads: readonly EcgLead[];
  /** Trigger Sample Position (1-based), for median beats. */
  triggerSamplePosition?: number;
}

/** Builds a code item (Code Sequence Macro, PS3.3 Table 8.8-1); long values use Long Code Value. */
function codeItem(value: string, scheme: string, meaning: string): DicomWriteItem {
  const valueElement: DicomWriteElement =
    value.length <= 16 && !value.includes('\\')
      ? { tag: TAG.CodeValue, vr: 'SH', value }
      : { tag: TAG.LongCodeValue, vr: 'UC', value: value.replace(/\\/g, '/') };
  return [
    valueElement,
    { tag: TAG.CodingSchemeDesignator, vr: 'SH', value: scheme },
    { tag: TAG.CodeMeaning, vr: 'LO', value: meaning },
  ];
}

/**
 * A Waveform Sequence item for one multiplex group.
 * @param group - the leads (all of one length) and their rate
 * @param warnings - receives per-lead losses (samples not exactly representable)
 * @returns the item's elements
 * @example waveformItem({ label: 'RHYTHM', originality: 'ORIGINAL', sampleRateHz: 500, leads }, [])
 */
export function waveformItem(group: WaveformGroupInput, warnings: string[]): DicomWriteItem {
  const channelCount = group.leads.length;
  const sampleCount = group.leads[0]?.samplesUv.length ?? 0;
  const data = new Uint8Array(channelCount * sampleCount * 2);
  const view = new DataView(data.buffer);
  let hasPadding = false;
  const channels = group.leads.map((lead, c): DicomWriteItem => {
    const encoding = encodeLeadSamples(lead.samplesUv);
    const what = `${group.label} lead ${lead.name}`;
    if (!encoding.exact) {
      warnings.push(
        `${what}: samples are not all representable as 16-bit multiples of one step; written at ${encoding.sensitivityText} µV per unit (largest change ${encoding.maxErrorUv.toPrecision(3)} µV)`,
      );
    }
    hasPadding ||= encoding.nanCount > 0;
    encoding.raw.forEach((raw, s) => view.setInt16((s * channelCount + c) * 2, raw, true));
    const code = dicomLeadCode(String(lead.name));
    // The label keeps the name as the source wrote it when SH (16 characters) can hold it and it
    // still reads back as the same lead.
    const source = lead.sourceName;
    const label =
      source !== undefined && source.length <= 16 && normalizeLeadName(source) === lead.name
        ? source
        : String(lead.name);
    return [
      { tag: TAG.ChannelLabel, vr: 'SH', value: dicomText(label, 'SH', `${what} label`, warnings) },
      {
        tag: TAG.ChannelSourceSequence,
        vr: 'SQ',
        value: [codeItem(code.value, code.scheme, code.meaning)],
      },
      { tag: TAG.ChannelSensitivity, vr: 'DS', value: encoding.sensitivityText },
      {
        tag: TAG.ChannelSensitivityUnitsSequence,
        vr: 'SQ',
        value: [codeItem('uV', 'UCUM', 'microvolt')],
      },
      { tag: TAG.ChannelSensitivityCorrectionFactor, vr: 'DS', value: '1' },
      { tag: TAG.ChannelBaseline, vr: 'DS', value: '0' },
      { tag: TAG.ChannelSampleSkew, vr: 'DS', value: '0' },
      { tag: TAG.WaveformBitsStored, vr: 'US', value: [16] },
    ];
  });
  const padding = new Uint8Array(2);
  new DataView(padding.buffer).setInt16(0, PADDING_RAW, true);
  return [
    ...(group.triggerSamplePosition === undefined
      ? []
      : [{ tag: TAG.TriggerSamplePosition, vr: 'UL', value: [group.triggerSamplePosition] }]),
    { tag: TAG.WaveformOriginality, vr: 'CS', value: group.originality },
    { tag: TAG.NumberOfWaveformChannels, vr: 'US', value: [channelCount] },
    { tag: TAG.NumberOfWaveformSamples, vr: 'UL', value: [sampleCount] },
    { tag: TAG.SamplingFrequency, vr: 'DS', value: dsNumber(group.sampleRateHz) },
    { tag: TAG.MultiplexGroupLabel, vr: 'SH', value: group.label },
    { tag: TAG.ChannelDefinitionSequence, vr: 'SQ', value: channels },
    { tag: TAG.WaveformBitsAllocated, vr: 'US', value: [16] },
    { tag: TAG.WaveformSampleInterpretation, vr: 'CS', value: 'SS' },
    ...(hasPadding ? [{ tag: TAG.WaveformPaddingValue, vr: 'OW', value: padding }] : []),
    { tag: TAG.WaveformData, vr: 'OW', value: data },
  ];
}

/**
 * Waveform Annotation Sequence items: each statement as Unformatted Text Value, each measurement
 * as a numeric annotation (Concept Name in the local scheme `99GESANG`, units in UCUM), referring
 * to multiplex group 1 (all channels, or the measurement's lead).
 * @param statements - the cart's statements (their codes are not written)
 * @param measurements - the cart's measurements; non-finite values are skipped
 * @param leadNames - the rhythm group's lead names, to point a per-lead measurement at its channel
 * @param warnings - receives what could not be written
 * @returns the items (empty when there is nothing to annotate)
 * @example annotationItems([{ text: 'Sinus rhythm' }], [], ['I'], []).length // 1
 */
export function annotationItems(
  statements: readonly CartStatement[],
  measurements: readonly CartMeasurement[],
  leadNames: readonly string[],
  warnings: string[],
): DicomWriteItem[] {
  const items: DicomWriteItem[] = statements.map((statement) => [
    { tag: TAG.ReferencedWaveformChannels, vr: 'US', value: [1, 0] },
    { tag: TAG.AnnotationGroupNumber, vr: 'US', value: [0] },
    {
      tag: TAG.UnformattedTextValue,
      vr: 'ST',
      value: dicomText(statement.text, 'ST', 'Statement', warnings),
    },
  ]);
  for (const measurement of measurements) {
    if (!Number.isFinite(measurement.value)) {
      warnings.push(
        `Measurement ${measurement.code} = ${measurement.value} is not a number; not written`,
      );
      continue;
    }
    const channel = measurement.lead === undefined ? 0 : leadNames.indexOf(measurement.lead) + 1;
    if (measurement.lead !== undefined && channel === 0) {
      warnings.push(
        `Measurement ${measurement.code}: lead ${measurement.lead} is not in the record; written for all leads`,
      );
    }
    const code = dicomText(
      measurement.code,
      'LO',
      `Measurement code ${measurement.code}`,
      warnings,
    );
    const unit = measurement.unit === '' ? '1' : measurement.unit;
    items.push([
      { tag: TAG.MeasurementUnitsCodeSequence, vr: 'SQ', value: [codeItem(unit, 'UCUM', unit)] },
      { tag: TAG.ConceptNameCodeSequence, vr: 'SQ', value: [codeItem(code, '99GESANG', code)] },
      { tag: TAG.ReferencedWaveformChannels, vr: 'US', value: [1, channel] },
      { tag: TAG.AnnotationGroupNumber, vr: 'US', value: [1] },
      { tag: TAG.NumericValue, vr: 'DS', value: dsNumber(measurement.value) },
    ]);
  }
  return items;
}
