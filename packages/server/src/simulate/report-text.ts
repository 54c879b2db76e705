import { ecgTriageLevels, type EcgTriageLevel } from '@gesang/domain';
import { describeDistribution } from './distributions.js';
import { countLevels } from './level-mix.js';
import type { GoalResult, PlanGoal, PlanInput, PlanResult } from './plan.js';
import type { DelayQuantiles, GroupSummary } from './stats.js';
import type { TriagePool } from './triage-pool.js';

/**
 * A share as a percentage with one decimal, rounded down (so a share shown as 99.0 % is ≥ 99 %).
 * @param share 0–1, or null for "nothing measured".
 * @returns e.g. `99.4 %`, or `—`.
 * @example percent(0.98996) // '98.9 %'
 */
export function percent(share: number | null): string {
  return share === null ? '—' : `${(Math.floor(share * 1000) / 10).toFixed(1)} %`;
}

const count = (n: number): string => n.toLocaleString('en-US');
const minutes = (q: DelayQuantiles | null): string =>
  (q === null ? ['—', '—', '—'] : [q.medianMin, q.p90Min, q.p99Min].map((m) => m.toFixed(1)))
    .map((m) => m.padStart(7))
    .join('');
const quantileHeader = ['median', 'p90', 'p99'].map((h) => h.padStart(7)).join('');
const levelCounts = (c: Record<EcgTriageLevel, number>): string =>
  ecgTriageLevels.map((l) => `${l} ${count(c[l])}`).join(', ');

const skipText: Record<keyof TriagePool['skipped'], string> = {
  'not-ecg': 'not an ECG on their own (WFDB signal/annotation files, labels, notes)',
  'few-leads': 'fewer than 8 leads (not a resting 12-lead)',
  unreadable: 'unreadable',
  unanalysable: 'not analysable',
};

function goalLabel(goal: PlanGoal, sla: Record<EcgTriageLevel, number>): string {
  switch (goal) {
    case 'critical-within-sla':
      return `critical ECGs signed within ${sla.critical} min`;
    case 'all-within-sla':
      return `all ECGs signed within their SLA (${sla.critical}/${sla.urgent}/${sla.routine} min)`;
    case 'all-within-10-min':
      return 'all ECGs signed within 10 min';
  }
}

function goalLine(g: GoalResult, input: PlanInput, offeredLoad: number): string {
  const label = goalLabel(g.goal, input.slaMinutes).padEnd(52);
  if (g.found === null) {
    return `  ${label} not reachable: even with a free reader for every ECG only ${percent(g.unlimitedShare)} are (reading times alone are too long)`;
  }
  const below = g.below === null ? '' : `; ${g.below.readers} give ${percent(g.below.share)}`;
  const unstable =
    g.found.readers <= offeredLoad
      ? ` — but fewer readers than the offered load (${offeredLoad.toFixed(2)}): the urgent and routine backlog grows without end`
      : '';
  const share = g.found.share === null ? 'none in the stream' : percent(g.found.share);
  return `  ${label} ${String(g.found.readers).padStart(3)} readers (${share}${below})${unstable}`;
}

function groupLine(name: string, g: GroupSummary): string {
  return `  ${name.padEnd(9)}${count(g.count).padStart(9)}${percent(g.withinSlaShare).padStart(10)}${percent(g.within10MinShare).padStart(10)}   ${minutes(g.claim)}   ${minutes(g.sign)}`;
}

/**
 * The plain-text report of `gesang simulate`.
 * @param input what was simulated.
 * @param pool the real files replayed.
 * @param sources the folders they came from.
 * @param result the simulation's result.
 * @returns lines ending in a newline.
 * @example process.stdout.write(formatPlan(input, pool, ['/work/shared/data/ecg'], result));
 */
export function formatPlan(
  input: PlanInput,
  pool: TriagePool,
  sources: readonly string[],
  result: PlanResult,
): string {
  const skipped = Object.entries(pool.skipped)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${skipText[reason as keyof typeof skipText]}`);
  const m = input.model;
  const lines = [
    `${input.hours} h of ECGs at ${input.ratePerHour}/h (${input.profile} profile, seed ${input.seed}): ${count(result.studies)} ECGs (${levelCounts(result.byLevel)})`,
    `Replayed from ${pool.levels.length} real ECG files in ${sources.join(', ')}: ${levelCounts(countLevels(pool.levels))}${input.criticalShare === null ? '' : `, drawn ${percent(input.criticalShare)} critical`}`,
    ...(skipped.length === 0 ? [] : [`  left out: ${skipped.join('; ')}`]),
    'Reading model (claim → signed):',
    ...ecgTriageLevels.map((l) => `  ${l.padEnd(9)}${describeDistribution(m.readingMin[l])}`),
    `  idle reader notices a new ECG: critical ${describeDistribution(m.noticeMin.critical)}; urgent ${describeDistribution(m.noticeMin.urgent)}; routine ${describeDistribution(m.noticeMin.routine)}`,
    `  receipt → on the worklist: ${describeDistribution(m.analysisMin)}`,
    `Offered load: ${result.offeredLoad.toFixed(2)} readers busy on average (Σ reading time / window)`,
  ];
  const s = result.summary;
  if (s !== null) {
    lines.push(
      '',
      `With ${s.readers} reader${s.readers === 1 ? '' : 's'} on duty around the clock:`,
      `  ${''.padEnd(9)}${'ECGs'.padStart(9)}${'≤ SLA'.padStart(10)}${'≤ 10 min'.padStart(10)}   ${'receipt → claim, min'.padStart(21)}   ${'receipt → signed, min'.padStart(21)}`,
      `  ${''.padEnd(38)}   ${quantileHeader}   ${quantileHeader}`,
      ...ecgTriageLevels.map((l) => groupLine(l, s.byLevel[l])),
      groupLine('all', s.all),
      `  reader utilisation ${percent(s.utilisation)} (share of the readers' time spent reading while ECGs arrived)`,
    );
  }
  if (result.goals !== null && input.target !== null) {
    lines.push(
      '',
      `Smallest number of readers per shift (on duty around the clock) for ≥ ${percent(input.target)}:`,
      ...result.goals.map((g) => goalLine(g, input, result.offeredLoad)),
    );
  }
  return `${lines.join('\n')}\n`;
}
