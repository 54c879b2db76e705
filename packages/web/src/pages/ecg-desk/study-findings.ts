/**
 * A study's machine analysis and signed report as the desk shows them: texts in the UI language,
 * the statements that set the triage marked, measurements rounded as a reader reads them.
 */
import type { AnalysisSummary, Locale, ReportStatement, Study } from '@gesang/domain';
import { statementCatalogue, type StatementCode } from '@gesang/ecg-signal';
import type { TFunction } from 'i18next';
import type { FindingsMeasurement, FindingsStatement } from '../../ecg-viewer/FindingsPanel.js';

/** The statement text field for each UI language. */
const textField = { 'zh-CN': 'zh', en: 'en', bo: 'bo' } as const;

/**
 * The engine's statements in the UI language; those that set a critical or urgent triage carry
 * its colour.
 * @param study the study (no statements before analysis)
 * @param locale the UI language
 */
export function machineStatements(study: Study, locale: Locale): FindingsStatement[] {
  const decisive = new Set(study.triage?.reasons.map((r) => r.code) ?? []);
  const level = study.triage?.level;
  return (study.analysis?.statements ?? []).map((s) => ({
    text: s.text[textField[locale]],
    code: s.code,
    ...(decisive.has(s.code) && (level === 'critical' || level === 'urgent')
      ? { severity: level }
      : {}),
  }));
}

/**
 * The engine's global measurements of the median beat; none when no beat was found.
 * @param m the analysis's measurements
 * @param t the translation function (labels under `ecgPreview.measurements`)
 */
export function machineMeasurements(
  m: AnalysisSummary['measurements'],
  t: TFunction,
): FindingsMeasurement[] {
  if (m === null) {
    return [];
  }
  const ms = (v: number | null): string => (v === null ? '—' : `${Math.round(v)} ms`);
  const deg = (v: number | null): string => (v === null ? '—' : `${Math.round(v)}°`);
  const rows = [
    ['heartRate', m.heartRateBpm === null ? '—' : `${Math.round(m.heartRateBpm)} /min`],
    ['pr', ms(m.prIntervalMs)],
    ['qrs', ms(m.qrsDurationMs)],
    ['qt', ms(m.qtIntervalMs)],
    ['qtcBazett', ms(m.qtcBazettMs)],
    ['axes', `${deg(m.pAxisDeg)} / ${deg(m.qrsAxisDeg)} / ${deg(m.tAxisDeg)}`],
  ] as const;
  return rows.map(([key, value]) => ({ key, label: t(`ecgPreview.measurements.${key}`), value }));
}

const isCatalogued = (code: string): code is StatementCode =>
  Object.hasOwn(statementCatalogue, code);

/**
 * A signed statement's text: the reader's own wording when given, else the catalogue's text in
 * the UI language, else the code itself.
 * @example reportStatementText({ code: 'stemi' }, 'en') // 'Acute ST-elevation myocardial infarction'
 */
export function reportStatementText(statement: ReportStatement, locale: Locale): string {
  if (statement.text !== undefined) {
    return statement.text;
  }
  return isCatalogued(statement.code)
    ? statementCatalogue[statement.code].text[textField[locale]]
    : statement.code;
}
