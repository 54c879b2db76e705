import type { StatementCode } from '../statements/catalogue.js';
import type { Statement } from '../statements/statement.js';

/** Triage levels, most urgent first. They order the reader's worklist and set its SLA. */
export const triageLevels = ['critical', 'urgent', 'routine'] as const;

/** One of {@link triageLevels}. */
export type TriageLevel = (typeof triageLevels)[number];

/** The level and the statements that set it. */
export interface Triage {
  level: TriageLevel;
  /** The statements that decided the level (all of them at that level), most severe first. */
  reasons: { code: StatementCode; text: { zh: string; en: string; bo: string } }[];
}

/**
 * Critical: the findings the issue names — STEMI, VT/VF, complete heart block, rate < 40 or > 150 —
 * read within 10 minutes day and night.
 */
const critical = new Set<StatementCode>([
  'stemi',
  'ventricular_tachycardia',
  'ventricular_fibrillation',
  'av_block_third_degree',
  'bradycardia_extreme',
  'tachycardia_extreme',
]);

/**
 * Urgent: findings that need a reader soon but are not immediately life-threatening on their own,
 * including poor quality (the tracing must be repeated before it can rule anything out).
 */
const urgent = new Set<StatementCode>([
  'atrial_fibrillation',
  'atrial_flutter',
  'supraventricular_tachycardia',
  'ventricular_run',
  'pause',
  'av_block_mobitz_1',
  'av_block_mobitz_2',
  'left_bundle_branch_block',
  'st_elevation',
  'st_depression',
  'long_qt',
  'pericarditis_pattern',
  'poor_quality',
]);

/**
 * Ranks an interpreted ECG. The level is that of its most severe statement; an ECG with no
 * critical or urgent statement is routine.
 * @param statements the interpretation.
 * @example triage([makeStatement('stemi')]).level // 'critical'
 */
export function triage(statements: readonly Statement[]): Triage {
  const at = (set: Set<StatementCode>): Statement[] => statements.filter((s) => set.has(s.code));
  const criticalFound = at(critical);
  const urgentFound = at(urgent);
  const [level, decisive]: [TriageLevel, Statement[]] =
    criticalFound.length > 0
      ? ['critical', criticalFound]
      : urgentFound.length > 0
        ? ['urgent', urgentFound]
        : ['routine', []];
  return { level, reasons: decisive.map((s) => ({ code: s.code, text: s.text })) };
}
