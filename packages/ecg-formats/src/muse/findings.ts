/**
 * The cart's own findings in a GE MUSE file: global measurements (`RestingECGMeasurements`) and
 * interpretation statements (`OriginalDiagnosis`, and `Diagnosis` as overread in MUSE).
 */
import type { CartMeasurement, CartStatement } from '../record.js';
import type { XmlElement } from '../xml/xml-types.js';
import { localName, xmlChildren, xmlFind } from '../xml/xml-query.js';
import { parseDecimal, textAt } from './xml-access.js';

/** Measurement element → UCUM unit. Intervals in ms, axes in degrees, rates per minute. */
const MEASUREMENT_UNITS: ReadonlyMap<string, string> = new Map([
  ['VentricularRate', '/min'],
  ['AtrialRate', '/min'],
  ['PRInterval', 'ms'],
  ['QRSDuration', 'ms'],
  ['QTInterval', 'ms'],
  ['QTCorrected', 'ms'],
  ['QTcFrederica', 'ms'],
  ['PAxis', 'deg'],
  ['RAxis', 'deg'],
  ['TAxis', 'deg'],
  ['QRSCount', '{beats}'],
]);

/**
 * Fiducial points of the median beat, written as sample indices at `ECGSampleBase` Hz
 * (QOffset − QOnset = QRSDuration at 500 Hz in both sample files); reported in ms from the start
 * of the median beat.
 */
const FIDUCIAL_POINTS = ['POnset', 'POffset', 'QOnset', 'QOffset', 'TOffset'];

/**
 * Measurements from `RestingECGMeasurements` (or `OriginalRestingECGMeasurements` when absent),
 * with codes as the element names.
 * @param root - the `RestingECG` element
 * @returns measurements in file order; empty fields and unknown elements are left out
 * @example readMuseMeasurements(root)[0] // { code: 'VentricularRate', value: 60, unit: '/min' }
 */
export function readMuseMeasurements(root: XmlElement): CartMeasurement[] {
  const block =
    xmlFind(root, 'RestingECGMeasurements') ?? xmlFind(root, 'OriginalRestingECGMeasurements');
  const sampleBase = parseDecimal(textAt(block, 'ECGSampleBase'));
  const exponent = parseDecimal(textAt(block, 'ECGSampleExponent')) ?? 0;
  const sampleRateHz = sampleBase === undefined ? undefined : sampleBase * 10 ** exponent;
  const measurements: CartMeasurement[] = [];
  for (const element of block?.children ?? []) {
    const value = parseDecimal(element.text);
    if (value === undefined) {
      continue;
    }
    const code = localName(element.name);
    const unit = MEASUREMENT_UNITS.get(code);
    if (unit !== undefined) {
      measurements.push({ code, value, unit });
    } else if (FIDUCIAL_POINTS.includes(code) && sampleRateHz !== undefined && sampleRateHz > 0) {
      measurements.push({ code, value: (value * 1000) / sampleRateHz, unit: 'ms' });
    }
  }
  return measurements;
}

/**
 * The statements of a `Diagnosis` or `OriginalDiagnosis` element as printed lines: MUSE splits a
 * line over several `DiagnosisStatement`s and marks the last one with `StmtFlag` `ENDSLINE`, so
 * fragments are joined up to that flag (with a space, none before punctuation).
 * @param diagnosis - the element, or undefined
 * @returns one statement per printed line
 * @example
 * // 'Lateral infarct' + ', age undetermined' (ENDSLINE) → 'Lateral infarct, age undetermined'
 */
export function readMuseStatements(diagnosis: XmlElement | undefined): CartStatement[] {
  const statements: CartStatement[] = [];
  let line = '';
  for (const statement of diagnosis === undefined
    ? []
    : xmlChildren(diagnosis, 'DiagnosisStatement')) {
    const text = textAt(statement, 'StmtText') ?? '';
    line = line === '' || /^[,.;:]/.test(text) ? line + text : `${line} ${text}`;
    const endsLine = xmlChildren(statement, 'StmtFlag').some(
      (flag) => flag.text.trim().toUpperCase() === 'ENDSLINE',
    );
    if (endsLine && line.trim() !== '') {
      statements.push({ text: line.trim() });
      line = '';
    }
  }
  if (line.trim() !== '') {
    statements.push({ text: line.trim() });
  }
  return statements;
}
