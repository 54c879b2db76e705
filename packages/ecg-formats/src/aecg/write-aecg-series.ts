/**
 * The waveform part of a written aECG document: a sequence set (time sequence + one `SLIST_PQ`
 * per lead, scaled so every sample reads back exactly), and the annotation set holding the cart's
 * measurements and statements. Structure as in the HL7 aECG Implementation Guide's example.
 */
import type { EcgSignal } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import type { CartMeasurement, CartStatement } from '../record.js';
import type { XmlWriter } from '../xml/xml-write.js';
import { mdcLeadCode } from './mdc-leads.js';
import { chooseSampleScale } from './sample-scale.js';

/** HL7 ActCode (2.16.840.1.113883.5.4): RHYTHM, TIME_ABSOLUTE, … */
export const ACT_CODE = { codeSystem: '2.16.840.1.113883.5.4', codeSystemName: 'ActCode' };
/** The MDC code system OID (ISO/IEEE 11073-10101). */
export const MDC = { codeSystem: '2.16.840.1.113883.6.24', codeSystemName: 'MDC' };

/**
 * Writes `<component><sequenceSet>` for `signal`: a GLIST_TS absolute time sequence starting at
 * `headTs` when given, else a GLIST_PQ relative one starting at 0 s.
 * @throws EcgFormatError `unsupported` when a sample is NaN or infinite (SLIST_PQ digits cannot
 *   mark invalid samples)
 */
export function writeSequenceSet(
  xml: XmlWriter,
  signal: EcgSignal,
  headTs: string | undefined,
): void {
  xml.open('component');
  xml.open('sequenceSet');
  xml.open('component');
  xml.open('sequence');
  xml.leaf('code', { code: headTs === undefined ? 'TIME_RELATIVE' : 'TIME_ABSOLUTE', ...ACT_CODE });
  xml.open('value', { 'xsi:type': headTs === undefined ? 'GLIST_PQ' : 'GLIST_TS' });
  xml.leaf('head', headTs === undefined ? { value: 0, unit: 's' } : { value: headTs });
  xml.leaf('increment', { value: String(1 / signal.sampleRateHz), unit: 's' });
  xml.close('value');
  xml.close('sequence');
  xml.close('component');
  for (const lead of signal.leads) {
    const scale = chooseSampleScale(lead.samplesUv);
    const invalid = scale?.digits.findIndex((digit) => !Number.isFinite(digit)) ?? -1;
    if (scale === undefined || invalid >= 0) {
      throw new EcgFormatError(
        'unsupported',
        scale === undefined
          ? `Lead ${lead.name} has no exact µV step for SLIST_PQ digits`
          : `Lead ${lead.name} sample ${invalid} is invalid (NaN); aECG digits cannot mark invalid samples`,
        { field: `lead ${lead.name}` },
      );
    }
    xml.open('component');
    xml.open('sequence');
    xml.leaf('code', { code: mdcLeadCode(lead.name), ...MDC });
    xml.open('value', { 'xsi:type': 'SLIST_PQ' });
    xml.leaf('origin', { value: 0, unit: 'uV' });
    xml.leaf('scale', { value: scale.scaleText, unit: 'uV' });
    xml.leaf('digits', {}, scale.digits.join(' '));
    xml.close('value');
    xml.close('sequence');
    xml.close('component');
  }
  xml.close('sequenceSet');
  xml.close('component');
}

/**
 * Writes `<subjectOf><annotationSet>` with one annotation per measurement (PQ value, with a
 * lead ROI when per lead) and per statement (CE when coded, else ST); nothing when both are empty.
 */
export function writeAnnotationSet(
  xml: XmlWriter,
  measurements: readonly CartMeasurement[],
  statements: readonly CartStatement[],
): void {
  if (measurements.length === 0 && statements.length === 0) {
    return;
  }
  xml.open('subjectOf');
  xml.open('annotationSet');
  for (const measurement of measurements) {
    xml.open('component');
    xml.open('annotation');
    xml.leaf('code', codeAttributes(measurement.code));
    xml.leaf('value', { 'xsi:type': 'PQ', value: measurement.value, unit: measurement.unit });
    if (measurement.lead !== undefined) {
      writeLeadRoi(xml, measurement.lead);
    }
    xml.close('annotation');
    xml.close('component');
  }
  for (const statement of statements) {
    xml.open('component');
    xml.open('annotation');
    xml.leaf('code', { code: 'MDC_ECG_INTERPRETATION_STATEMENT', ...MDC });
    if (statement.code === undefined) {
      xml.leaf('value', { 'xsi:type': 'ST' }, statement.text);
    } else {
      const system = statement.codingSystem;
      const isOid = system !== undefined && /^\d+(\.\d+)+$/.test(system);
      xml.leaf('value', {
        'xsi:type': 'CE',
        code: statement.code,
        codeSystem: isOid ? system : undefined,
        codeSystemName: isOid ? undefined : system,
        displayName: statement.text,
      });
    }
    xml.close('annotation');
    xml.close('component');
  }
  xml.close('annotationSet');
  xml.close('subjectOf');
}

/** The ROI of a whole lead (ROIFULL with one lead boundary). */
function writeLeadRoi(xml: XmlWriter, lead: string): void {
  xml.open('support');
  xml.open('supportingROI', { classCode: 'ROIFULL' });
  xml.leaf('code', { code: 'ROIFULL', ...ACT_CODE });
  xml.open('component');
  xml.open('boundary');
  xml.leaf('code', { code: mdcLeadCode(lead), ...MDC });
  xml.close('boundary');
  xml.close('component');
  xml.close('supportingROI');
  xml.close('support');
}

/** MDC codes with their code system; other vendors' codes as they are. */
function codeAttributes(code: string): Record<string, string> {
  return code.startsWith('MDC_') ? { code, ...MDC } : { code };
}
