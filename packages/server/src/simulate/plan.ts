import type { EcgTriageLevel } from '@gesang/domain';
import { generateStudies, type ArrivalProfile, type SimStudy } from './arrivals.js';
import { simulateReading } from './engine.js';
import { countLevels, levelPicker } from './level-mix.js';
import type { ReadingModel } from './reading-model.js';
import { seededRng } from './rng.js';
import { memoiseByN, smallestPassing } from './search.js';
import { summariseRun, type GroupSummary, type SimSummary } from './stats.js';

/** What to simulate. */
export interface PlanInput {
  /** The triage level of each real file to replay. */
  fileLevels: readonly EcgTriageLevel[];
  ratePerHour: number;
  hours: number;
  profile: ArrivalProfile;
  seed: number;
  /** Readers on duty for the summary run, or null for none (only a target search). */
  readers: number | null;
  /** Share (0–1) of ECGs to be signed in time, or null for no search. */
  target: number | null;
  criticalShare: number | null;
  model: ReadingModel;
  slaMinutes: Record<EcgTriageLevel, number>;
}

/** The goals a target is searched for. */
export const planGoals = ['critical-within-sla', 'all-within-sla', 'all-within-10-min'] as const;

/** One of {@link planGoals}. */
export type PlanGoal = (typeof planGoals)[number];

/** The staffing that meets one goal. */
export interface GoalResult {
  goal: PlanGoal;
  /** Smallest readers per shift meeting it, with the share reached; null when unreachable. */
  found: { readers: number; share: number | null } | null;
  /** One reader fewer (or the most tried, when unreachable), with its share. */
  below: { readers: number; share: number | null } | null;
  /** The share with a free reader for every ECG (no queueing at all): the ceiling of any staffing. */
  unlimitedShare: number | null;
}

/** What {@link planStaffing} found. */
export interface PlanResult {
  studies: number;
  byLevel: Record<EcgTriageLevel, number>;
  /** Reading work per minute of the window, in readers (Σ reading time / window). */
  offeredLoad: number;
  summary: SimSummary | null;
  goals: GoalResult[] | null;
}

/**
 * The share a goal looks at in a run's summary.
 * @param goal the goal.
 * @param summary the run.
 * @returns 0–1, or null when the run has no ECG of the kind the goal measures.
 * @example goalShare('critical-within-sla', summary) // 0.994
 */
export function goalShare(goal: PlanGoal, summary: SimSummary): number | null {
  const pick: Record<PlanGoal, GroupSummary> = {
    'critical-within-sla': summary.byLevel.critical,
    'all-within-sla': summary.all,
    'all-within-10-min': summary.all,
  };
  const group = pick[goal];
  return goal === 'all-within-10-min' ? group.within10MinShare : group.withinSlaShare;
}

/** Most readers a search tries. */
const maxReaders = 1000;

type Found = { n: number; value: SimSummary } | null;

/** The smallest staffing for one goal over memoised runs of the same stream. */
function searchGoal(
  goal: PlanGoal,
  target: number,
  summarise: (readers: number) => SimSummary,
  studyCount: number,
): GoalResult {
  const share = (s: SimSummary): number | null => goalShare(goal, s);
  const passes = (s: SimSummary): boolean => (share(s) ?? 1) >= target;
  // A reader for every ECG: nobody ever waits, so no staffing does better.
  const unlimited = summarise(Math.max(1, studyCount));
  if (!passes(unlimited)) {
    return { goal, found: null, below: null, unlimitedShare: share(unlimited) };
  }
  const outcome = smallestPassing(summarise, passes, Math.min(maxReaders, Math.max(1, studyCount)));
  const at = (x: Found): GoalResult['found'] =>
    x === null ? null : { readers: x.n, share: share(x.value) };
  return {
    goal,
    found: at(outcome.found),
    below: at(outcome.below),
    unlimitedShare: share(unlimited),
  };
}

/**
 * Generates one seeded stream of ECGs and simulates it: with `readers` for the summary, and, with
 * a target, for 1, 2, 3, … readers (the same stream each time) until each goal's share reaches the
 * target. A goal whose share stays below the target even with a free reader for every ECG is
 * reported unreachable (reading times alone are too long), without searching. A goal with no ECG
 * to measure (e.g. no critical one) passes at 1 reader with share null.
 * @param input stream, model, staffing and target.
 * @returns counts, load, the summary run and each goal's staffing.
 * @example planStaffing({ ...input, ratePerHour: 60, readers: 3, target: 0.99 }).goals?.[0]?.found?.readers
 */
export function planStaffing(input: PlanInput): PlanResult {
  const studies: SimStudy[] = generateStudies(
    {
      ratePerHour: input.ratePerHour,
      hours: input.hours,
      profile: input.profile,
      pickLevel: levelPicker(input.fileLevels, input.criticalShare),
      model: input.model,
    },
    seededRng(input.seed),
  );
  const windowMin = input.hours * 60;
  const summarise = memoiseByN((readers) =>
    summariseRun(studies, simulateReading(studies, readers), input.slaMinutes, windowMin),
  );
  const readingMin = studies.reduce((sum, s) => sum + s.readingMin, 0);
  const target = input.target;
  const goals =
    target === null
      ? null
      : planGoals.map((goal) => searchGoal(goal, target, summarise, studies.length));
  return {
    studies: studies.length,
    byLevel: countLevels(studies.map((s) => s.level)),
    offeredLoad: readingMin / windowMin,
    summary: input.readers === null ? null : summarise(input.readers),
    goals,
  };
}
