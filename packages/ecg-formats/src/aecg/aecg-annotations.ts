/**
 * The cart's findings in aECG annotation sets (HL7 aECG Implementation Guide, 2005, §3.4):
 * annotations whose value is a physical quantity (PQ: `MDC_ECG_TIME_PD_QRS` 120 ms,
 * `MDC_ECG_HEART_RATE` 62 /min) become measurements; coded (CE) and text (ST) values such as
 * `MDC_ECG_RHY` → "Sinus Rhythm" or an `MDC_ECG_INTERPRETATION_STATEMENT` become statements.
 * Annotations inside a `MDC_ECG_BEAT` annotation describe one beat, not the ECG, and wave
 * annotations (`MDC_ECG_WAVC…`) are fiducial marks: both are left out.
 */
import { normalizeLeadName } from '@gesang/ecg-signal';
import type { CartMeasurement, CartStatement } from '../record.js';
import { xmlAttribute, xmlFind, xmlFindAll } from '../xml/xml-query.js';
import type { XmlElement } from '../xml/xml-types.js';

/** What the annotation sets of a file say. */
export interface AecgFindings {
  measurements: CartMeasurement[];
  statements: CartStatement[];
}

/** Most annotations read per file: far above any real file, a bound for hostile ones. */
const MAX_ANNOTATIONS = 100_000;

/**
 * Measurements and statements of the annotation sets of `seriesList` (series and derived series),
 * in document order; a measurement repeated with the same code and lead is kept once.
 * @param seriesList - `series` and `derivedSeries` elements
 * @returns the findings, empty when there are no annotation sets
 */
export function readAecgFindings(seriesList: readonly XmlElement[]): AecgFindings {
  const findings: AecgFindings = { measurements: [], statements: [] };
  const seen = new Set<string>();
  const pending: XmlElement[] = seriesList
    .flatMap((series) => xmlFindAll(series, 'subjectOf/annotationSet/component/annotation'))
    .reverse();
  let visited = 0;
  while (pending.length > 0 && visited++ < MAX_ANNOTATIONS) {
    const annotation = pending.pop() as XmlElement;
    const code = xmlFind(annotation, 'code')?.attributes['code'] ?? '';
    if (code === 'MDC_ECG_BEAT') {
      continue;
    }
    readOne(annotation, code, findings, seen);
    const children = xmlFindAll(annotation, 'component/annotation');
    for (let i = children.length - 1; i >= 0; i--) {
      pending.push(children[i] as XmlElement);
    }
  }
  return findings;
}

function readOne(
  annotation: XmlElement,
  code: string,
  findings: AecgFindings,
  seen: Set<string>,
): void {
  const value = xmlFind(annotation, 'value');
  if (value === undefined || code.startsWith('MDC_ECG_WAVC')) {
    return;
  }
  const type = xmlAttribute(value, 'type');
  if (type === 'PQ') {
    const number = Number(value.attributes['value']);
    const lead = roiLead(annotation);
    const key = `${code}|${lead ?? ''}`;
    if (code !== '' && Number.isFinite(number) && !seen.has(key)) {
      seen.add(key);
      const measurement: CartMeasurement = {
        code,
        value: number,
        unit: value.attributes['unit'] ?? '1',
      };
      if (lead !== undefined) {
        measurement.lead = lead;
      }
      findings.measurements.push(measurement);
    }
  } else if (type === 'ST') {
    const text = value.text.trim();
    if (text !== '') {
      findings.statements.push({ text });
    }
  } else if (type === 'CE' || type === 'CD') {
    const valueCode = value.attributes['code'];
    const text =
      value.attributes['displayName'] ?? xmlFind(value, 'originalText')?.text.trim() ?? valueCode;
    if (text !== undefined && text !== '') {
      const statement: CartStatement = { text };
      if (valueCode !== undefined) {
        statement.code = valueCode;
      }
      const system = value.attributes['codeSystemName'] ?? value.attributes['codeSystem'];
      if (system !== undefined) {
        statement.codingSystem = system;
      }
      findings.statements.push(statement);
    }
  }
}

/** The lead named by the annotation's region of interest, when it is lead-specific. */
function roiLead(annotation: XmlElement): string | undefined {
  for (const boundary of xmlFindAll(annotation, 'support/supportingROI/component/boundary')) {
    const code = xmlFind(boundary, 'code')?.attributes['code'];
    if (code?.startsWith('MDC_ECG_LEAD_') === true) {
      return normalizeLeadName(code);
    }
  }
  return undefined;
}
