/**
 * The coverage check's answer, arranged for the week grid: for each local hour of the week the
 * minutes without a reader (primary or backup) and without the tier's second duty — a hub's
 * on-call cardiologist, a reading centre's coordinator — and the uncovered stretches as runs.
 */
import type { Coverage, CoverageGap, RoutingTier } from '@gesang/domain';

/** One routing target of the coverage answer. */
export type CoverageTarget = Coverage['targets'][number];

/** The duty that is missing in an hour. */
export type GapKind = 'reader' | 'onCall' | 'coordinator';

/** Uncovered minutes (0–60) of one local hour, by duty. */
export interface HourGaps {
  reader: number;
  /** Hub only: minutes without an on-call cardiologist. */
  onCall: number;
  /** Reading centre only: minutes without a coordinator. */
  coordinator: number;
}

/** Index of a local hour of the week: (weekday − 1) × 24 + hour, 0 … 167. */
export function hourIndex(weekday: number, hour: number): number {
  return (weekday - 1) * 24 + hour;
}

/**
 * The gaps of one target by hour of the week (168 entries, Monday 00:00 first).
 * @example gapsByHour(target)[hourIndex(3, 3)] // { reader: 60, onCall: 0, coordinator: 0 }
 */
export function gapsByHour(target: CoverageTarget): HourGaps[] {
  const hours: HourGaps[] = Array.from({ length: 168 }, () => ({
    reader: 0,
    onCall: 0,
    coordinator: 0,
  }));
  const add = (gaps: readonly CoverageGap[], kind: GapKind): void => {
    for (const gap of gaps) {
      const entry = hours[hourIndex(gap.weekday, gap.hour)];
      if (entry !== undefined) {
        entry[kind] = gap.uncoveredMinutes;
      }
    }
  };
  add(target.gaps, 'reader');
  add(target.onCallGaps, 'onCall');
  add(target.coordinatorGaps, 'coordinator');
  return hours;
}

/** How an hour cell is drawn: covered, missing a reader (red), or missing the tier's second duty. */
export type HourTone = 'covered' | 'reader-gap' | 'duty-gap';

/**
 * The tone of an hour: a missing reader outranks a missing on-call cardiologist or coordinator.
 * @example hourTone({ reader: 0, onCall: 15, coordinator: 0 }) // 'duty-gap'
 */
export function hourTone(gaps: HourGaps): HourTone {
  if (gaps.reader > 0) {
    return 'reader-gap';
  }
  return gaps.onCall > 0 || gaps.coordinator > 0 ? 'duty-gap' : 'covered';
}

/** The second duty a tier must cover besides readers. */
export function secondDuty(tier: RoutingTier): 'onCall' | 'coordinator' {
  return tier === 'hub' ? 'onCall' : 'coordinator';
}

/** A stretch of consecutive uncovered hours, as hour-of-week indexes (`end` excluded). */
export interface GapRun {
  startIndex: number;
  endIndex: number;
}

/**
 * Consecutive uncovered hours merged into runs (a run may cross midnight, not the week's end).
 * @param gaps the gaps of one duty.
 * @example gapRuns([{ weekday: 2, hour: 23 }, { weekday: 3, hour: 0 }] as CoverageGap[])
 * // [{ startIndex: 47, endIndex: 49 }]
 */
export function gapRuns(gaps: readonly Pick<CoverageGap, 'weekday' | 'hour'>[]): GapRun[] {
  const indexes = [...new Set(gaps.map((g) => hourIndex(g.weekday, g.hour)))].sort((a, b) => a - b);
  const runs: GapRun[] = [];
  for (const index of indexes) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.endIndex === index) {
      last.endIndex = index + 1;
    } else {
      runs.push({ startIndex: index, endIndex: index + 1 });
    }
  }
  return runs;
}

/** Where an hour-of-week index falls: day 0 Monday … 6 Sunday (7 for the week's end), hour. */
export function dayHourOf(index: number): { day: number; hour: number } {
  return { day: Math.floor(index / 24), hour: index % 24 };
}
