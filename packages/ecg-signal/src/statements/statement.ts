import { statementCatalogue, type StatementCode } from './catalogue.js';

/** What a statement rests on: the leads, the measured values and the thresholds they met. */
export interface StatementEvidence {
  /** Leads involved (normalised names), if the finding is lead-specific. */
  leads?: string[];
  /** Measured values, each name carrying its unit (`qtcBazettMs`, `stJUv.V2`). */
  values?: Record<string, number | string | null>;
  /** Thresholds applied, with units in the names. */
  thresholds?: Record<string, number | string>;
  /** Sample indices (record's own rate) of the beats or segments involved. */
  samples?: number[];
  /** Free-text note (e.g. "sex unknown: female thresholds applied"). */
  note?: string;
}

/** One interpretation statement with its fixed text and its evidence. */
export interface Statement {
  code: StatementCode;
  snomedCt: string | null;
  text: { zh: string; en: string; bo: string };
  evidence: StatementEvidence;
}

/**
 * Builds a statement from its code and evidence.
 * @example makeStatement('long_qt', { values: { qtcBazettMs: 512 }, thresholds: { qtcBazettMs: 460 } })
 */
export function makeStatement(code: StatementCode, evidence: StatementEvidence = {}): Statement {
  const definition = statementCatalogue[code];
  return { code, snomedCt: definition.snomedCt, text: definition.text, evidence };
}
