import { centreEventLabels, type CaseFlag, type Centre, type MetricResult } from '@gesang/domain';

/** How a metric did against its targets in the month. */
export type Verdict = 'met' | 'missed' | 'tracked' | 'no_cases';

/** One line of the report's metric table. */
export interface ReportMetricRow {
  id: string;
  labelZh: string;
  labelEn: string;
  count: number;
  meanMin: number | null;
  medianMin: number | null;
  /** Interval: share within target; ratio: the share. 0–1, null when none. */
  share: number | null;
  /** The targets in words (Chinese, minutes and percentages), one line each. */
  targetLines: string[];
  /** The share to reach for the chart (compliance goal or target share), null when none. */
  goal: number | null;
  /** Whether a higher share is better (false for e.g. mortality). */
  higherIsBetter: boolean;
  verdict: Verdict;
}

/**
 * A share as a percentage with one decimal.
 * @example percent(0.746) // '74.6%'
 */
export function percent(share: number | null): string {
  return share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/**
 * Minutes with one decimal.
 * @example minutes(87.54) // '87.5'
 */
export function minutes(value: number | null): string {
  return value === null ? '—' : (Math.round(value * 10) / 10).toFixed(1);
}

/** A target share as a percentage without a trailing `.0` (`0.75` → `75%`). */
function targetPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function verdictOf(count: number, checks: (boolean | null)[]): Verdict {
  if (count === 0) {
    return 'no_cases';
  }
  const judged = checks.filter((c): c is boolean => c !== null);
  if (judged.length === 0) {
    return 'tracked';
  }
  return judged.every(Boolean) ? 'met' : 'missed';
}

/**
 * The metric table's rows, in dictionary order, from one month's engine results.
 * @example reportRows(Object.values(report.metrics))[0]?.verdict // 'met'
 */
export function reportRows(results: readonly MetricResult[]): ReportMetricRow[] {
  return results.map((result) => {
    const d = result.definition;
    const o = result.overall;
    const base = { id: d.id, labelZh: d.label.zh, labelEn: d.label.en, count: o.count };
    if (d.kind === 'ratio' || o.kind === 'ratio') {
      const share = o.kind === 'ratio' ? o.share : null;
      const target = d.kind === 'ratio' ? d.targetShare : null;
      const atLeast = d.kind === 'ratio' && d.targetDirection === 'at_least';
      return {
        ...base,
        meanMin: null,
        medianMin: null,
        share,
        targetLines: target === null ? [] : [`${atLeast ? '≥' : '≤'} ${targetPercent(target)}`],
        goal: target,
        higherIsBetter: atLeast,
        verdict: verdictOf(o.count, [o.kind === 'ratio' ? o.targetMet : null]),
      };
    }
    const lines: string[] = [];
    if (d.targetMin !== null && d.meanTarget !== null) {
      lines.push(`均值 ${d.meanTarget === 'lt' ? '<' : '≤'} ${d.targetMin} 分钟`);
    }
    if (d.targetMin !== null && d.complianceGoal !== null) {
      lines.push(`≥ ${targetPercent(d.complianceGoal)} 病例 ≤ ${d.targetMin} 分钟`);
    } else if (d.targetMin !== null && d.meanTarget === null) {
      lines.push(`≤ ${d.targetMin} 分钟`);
    }
    return {
      ...base,
      meanMin: o.meanMin,
      medianMin: o.medianMin,
      share: o.compliance,
      targetLines: lines,
      goal: d.complianceGoal,
      higherIsBetter: true,
      verdict: verdictOf(o.count, [o.meanMet, o.complianceMet]),
    };
  });
}

/**
 * A review flag in Chinese words, with the event names of the centre's catalogue.
 * @example flagText('chest_pain', { code: 'fmc_to_ecg_over_60', events: [...], minutes: 75, message: '' })
 * // '首次医疗接触 → 首份心电图 75 分钟（超过 60 分钟）'
 */
export function flagText(centre: Centre, flag: CaseFlag): string {
  const labels = centreEventLabels[centre] as Readonly<Record<string, { zh: string }>>;
  const name = (event: string | undefined): string =>
    event === undefined ? '' : (labels[event]?.zh ?? event);
  const [a, b] = flag.events;
  const min = minutes(flag.minutes ?? null);
  switch (flag.code) {
    case 'order_violation':
      return `顺序错误：${name(b)}早于${name(a)} ${min} 分钟`;
    case 'interval_too_long':
      return `间隔过长：${name(a)} → ${name(b)} ${min} 分钟`;
    case 'event_in_future':
      return `时间在未来：${name(a)}`;
    case 'fmc_to_ecg_over_60':
      return `${name(a)} → ${name(b)} ${min} 分钟（超过 60 分钟）`;
    case 'unknown_event':
      return `未知时间节点：${a ?? ''}`;
    case 'invalid_time':
      return `时间无法识别：${name(a)}`;
  }
}
