/**
 * The cart's findings in a Philips XML file, from the first `interpretations/interpretation`:
 * global measurements (`globalmeasurements` in 1.04, `interpretationmeasurements` in 1.03) and
 * the printed statements (`statement` with `leftstatement` and the reason in `rightstatement`)
 * followed by the overall severity (`severity`, e.g. `- ABNORMAL ECG -`).
 */
import { parseDecimal, textAt } from '../muse/xml-access.js';
import type { CartMeasurement, CartStatement } from '../record.js';
import { localName, xmlAttribute, xmlChildren, xmlFind } from '../xml/xml-query.js';
import type { XmlElement } from '../xml/xml-types.js';

/** Measurement element → UCUM unit; elements ending in `axis` are in degrees. */
const UNITS: ReadonlyMap<string, string> = new Map([
  ['heartrate', '/min'],
  ['atrialrate', '/min'],
  ['meanventrate', '/min'],
  ['rrint', 'ms'],
  ['pdur', 'ms'],
  ['print', 'ms'],
  ['meanprint', 'ms'],
  ['meanprseg', 'ms'],
  ['qrsdur', 'ms'],
  ['meanqrsdur', 'ms'],
  ['qtint', 'ms'],
  ['meanqtint', 'ms'],
  ['qtcb', 'ms'],
  ['qtcf', 'ms'],
  ['meanqtc', 'ms'],
]);

/** The interpretation block whose findings are reported. */
function firstInterpretation(root: XmlElement): XmlElement | undefined {
  return xmlFind(root, 'interpretations/interpretation');
}

/**
 * Global measurements of the first interpretation, codes as the element names (`heartrate`,
 * `qrsdur`, `qrsfrontaxis`, …); values that are not numbers (`Failed`) are left out.
 * @example readPhilipsMeasurements(root)[0] // { code: 'heartrate', value: 84, unit: '/min' }
 */
export function readPhilipsMeasurements(root: XmlElement): CartMeasurement[] {
  const interpretation = firstInterpretation(root);
  const block =
    (interpretation && xmlFind(interpretation, 'globalmeasurements')) ??
    (interpretation && xmlFind(interpretation, 'interpretationmeasurements')) ??
    xmlFind(root, 'measurements/globalmeasurements');
  const measurements: CartMeasurement[] = [];
  for (const element of block?.children ?? []) {
    const code = localName(element.name);
    const unit = UNITS.get(code) ?? (code.endsWith('axis') ? 'deg' : undefined);
    const value = parseDecimal(element.text);
    if (unit !== undefined && value !== undefined) {
      measurements.push({ code, value, unit });
    }
  }
  return measurements;
}

/**
 * Printed statements of the first interpretation: `left (right)` when a reason is given, then
 * the severity with its code (`AB`, …).
 * @example readPhilipsStatements(root)[0] // { text: 'Sinus bradycardia (rate< 50)' }
 */
export function readPhilipsStatements(root: XmlElement): CartStatement[] {
  const interpretation = firstInterpretation(root);
  if (interpretation === undefined) {
    return [];
  }
  const statements: CartStatement[] = [];
  for (const statement of xmlChildren(interpretation, 'statement')) {
    const left = textAt(statement, 'leftstatement');
    const right = textAt(statement, 'rightstatement');
    const text = left !== undefined && right !== undefined ? `${left} (${right})` : (left ?? right);
    const code = textAt(statement, 'statementcode');
    if (text !== undefined) {
      statements.push(code === undefined ? { text } : { text, code, codingSystem: 'Philips' });
    }
  }
  const severity = xmlFind(interpretation, 'severity');
  const severityText = severity?.text.trim();
  if (severity !== undefined && severityText) {
    const code = xmlAttribute(severity, 'code');
    statements.push(
      code
        ? { text: severityText, code, codingSystem: 'Philips severity' }
        : { text: severityText },
    );
  }
  return statements;
}
