/**
 * The shape of a metric definition: an interval between two events of a case, or a share of cases.
 * Definitions are plain data; targets are configuration and can be overridden per deployment.
 */
import type { LocalizedText } from '../localized.js';
import type { CasePredicate } from './case-predicates.js';
import type { Centre } from './centre-kinds.js';

/** Fields every metric has. */
interface MetricBase {
  /** Stable id, `<centre prefix>.<name>` (`cp.d2w`, `st.dnt`, `tr.door_to_ct` …). */
  id: string;
  centre: Centre;
  label: LocalizedText;
  /** The cases the metric applies to (undefined: every case of the centre). */
  appliesTo?: CasePredicate | undefined;
  /** Where the target comes from and any caveat ("check": common practice, to confirm). */
  source?: string | undefined;
}

/** Minutes from `startEvent` to `endEvent` of each applicable case that has both. */
export interface IntervalMetric extends MetricBase {
  kind: 'interval';
  startEvent: string;
  endEvent: string;
  /** Per-case threshold in minutes: a case is compliant when its interval ≤ this. Null: tracked only. */
  targetMin: number | null;
  /** Whether the monthly mean must be below (`lt`) or at most (`le`) `targetMin`; null: no mean target. */
  meanTarget: 'lt' | 'le' | null;
  /** Required share (0–1) of compliant cases, e.g. 0.75; null when none is set. */
  complianceGoal: number | null;
  /**
   * Count an end before the start as 0 min instead of a negative interval (e.g. a trauma team
   * activated on the pre-hospital notification, before the patient arrived).
   */
  floorAtZero?: boolean | undefined;
}

/** Share of applicable cases (the denominator) that satisfy `numerator`. */
export interface RatioMetric extends MetricBase {
  kind: 'ratio';
  numerator: CasePredicate;
  /** Target share 0–1; null: tracked only. */
  targetShare: number | null;
  /** `at_least` (e.g. remote ECG share ≥ 30 %) or `at_most` (e.g. mortality). */
  targetDirection: 'at_least' | 'at_most';
}

/** One metric of the dictionary. */
export type MetricDefinition = IntervalMetric | RatioMetric;

/**
 * Build a label from the three languages (keeps definition files short).
 * @example labelText('门到导丝', 'Door to wire', 'སྒོ་ནས་ལྕགས་སྐུད་བར།')
 */
export function labelText(zh: string, en: string, bo: string): LocalizedText {
  return { zh, en, bo };
}
