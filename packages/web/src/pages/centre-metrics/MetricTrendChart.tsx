import type { CentreMetric } from '@gesang/domain';
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGoal, formatMinutes, formatPercent, shareMeetsGoal } from './metric-format.js';
import { useEchart } from './use-echart.js';

const colours = { line: '#1d39c4', met: '#52a435', missed: '#d9363e', none: '#8c9db5' };
const targetLine = {
  symbol: 'none',
  silent: true,
  lineStyle: { type: 'dashed', color: '#262626' },
};

/**
 * A round axis end at or above `value`: a multiple of half a power of ten (23 → 25, 132 → 150).
 */
function niceCeil(value: number): number {
  const step = 10 ** Math.floor(Math.log10(Math.max(value, 1))) / 2;
  return Math.ceil(value / step) * step;
}

/** A dashed line at `value` on the series' axis, labelled. */
function markAt(value: number, label: string): object {
  return {
    ...targetLine,
    label: { formatter: label, position: 'insideEndTop', color: '#262626' },
    data: [{ yAxis: value }],
  };
}

/** Bars of a monthly share in percent, green or red against the goal, with a goal line. */
function shareSeries(
  metric: CentreMetric,
  shares: (number | null)[],
  goal: number | null,
  name: string,
  axis: number,
  goalText: string,
): object {
  return {
    name,
    type: 'bar',
    xAxisIndex: axis,
    yAxisIndex: axis,
    barMaxWidth: 28,
    data: shares.map((share) => {
      const met = shareMeetsGoal(metric, share);
      return {
        value: share === null ? null : Math.round(share * 1000) / 10,
        itemStyle: { color: met === null ? colours.none : met ? colours.met : colours.missed },
      };
    }),
    ...(goal === null ? {} : { markLine: markAt(goal * 100, goalText) }),
  };
}

/**
 * The chart option of one metric: an interval metric's monthly mean as a line against the
 * per-case target (dashed), with the monthly share within target as bars against the compliance
 * goal below it; a ratio metric's monthly share as bars against its target.
 */
function trendOption(metric: CentreMetric, t: TFunction, narrow: boolean): EChartsCoreOption {
  const months = metric.byMonth.map((m) => (narrow ? m.month.slice(5) : m.month));
  const percentAxis = (index: number): object => ({
    type: 'value',
    gridIndex: index,
    min: 0,
    max: 100,
    axisLabel: { formatter: '{value}%' },
  });
  const goalText = (goal: number): string => t('centreMetrics.goal', { value: formatGoal(goal) });
  if (metric.kind === 'ratio') {
    const shares = metric.byMonth.map((m) => (m.stats.kind === 'ratio' ? m.stats.share : null));
    return {
      grid: [{ left: 44, right: 12, top: 16, bottom: 24 }],
      xAxis: [{ type: 'category', data: months }],
      yAxis: [percentAxis(0)],
      series: [
        shareSeries(
          metric,
          shares,
          metric.targets.targetShare,
          t('centreMetrics.shareBars'),
          0,
          goalText(metric.targets.targetShare ?? 0),
        ),
      ],
    };
  }
  const means = metric.byMonth.map((m) => (m.stats.kind === 'interval' ? m.stats.meanMin : null));
  const target = metric.targets.targetMin;
  const line = {
    name: t('centreMetrics.meanLine'),
    type: 'line',
    connectNulls: false,
    symbolSize: 6,
    itemStyle: { color: colours.line },
    data: means.map((v) => (v === null ? null : Math.round(v * 10) / 10)),
    ...(target === null
      ? {}
      : { markLine: markAt(target, t('centreMetrics.target', { value: `${target}` })) }),
  };
  const meanAxis = {
    type: 'value',
    gridIndex: 0,
    name: t('centreMetrics.figures.minutes'),
    // Room for the target line even when every month is well under it, on a round number.
    max:
      target === null ? undefined : (v: { max: number }) => niceCeil(Math.max(v.max, target) * 1.1),
  };
  if (target === null) {
    return {
      grid: [{ left: 44, right: 12, top: 24, bottom: 24 }],
      xAxis: [{ type: 'category', data: months }],
      yAxis: [meanAxis],
      series: [line],
    };
  }
  const shares = metric.byMonth.map((m) =>
    m.stats.kind === 'interval' ? m.stats.compliance : null,
  );
  return {
    grid: [
      { left: 44, right: 12, top: 24, height: '42%' },
      { left: 44, right: 12, bottom: 24, height: '30%' },
    ],
    xAxis: [
      { type: 'category', data: months, gridIndex: 0, axisLabel: { show: false } },
      { type: 'category', data: months, gridIndex: 1 },
    ],
    yAxis: [meanAxis, percentAxis(1)],
    series: [
      line,
      shareSeries(
        metric,
        shares,
        metric.targets.complianceGoal,
        t('centreMetrics.complianceBars'),
        1,
        goalText(metric.targets.complianceGoal ?? 0),
      ),
    ],
  };
}

/** One metric's trend over the period's months, against its targets (see `trendOption`). */
export function MetricTrendChart({ metric }: { metric: CentreMetric }): ReactElement {
  const { t, i18n } = useTranslation();
  const chartRef = useEchart(
    (widthPx, fontFamily) => ({
      textStyle: { fontFamily },
      tooltip: {
        trigger: 'axis',
        formatter: (params: { dataIndex: number }[]) => {
          const month = metric.byMonth[params[0]?.dataIndex ?? -1];
          if (month === undefined) {
            return '';
          }
          const s = month.stats;
          const figures =
            s.kind === 'ratio'
              ? `${t('centreMetrics.figures.share')} ${formatPercent(s.share, metric.targets.targetShare)} (${s.numerator}/${s.count})`
              : `${t('centreMetrics.figures.mean')} ${formatMinutes(s.meanMin)} · ${t('centreMetrics.figures.median')} ${formatMinutes(s.medianMin)} · ${t('centreMetrics.figures.compliance')} ${formatPercent(s.compliance, metric.targets.complianceGoal)}`;
          return `${month.month} · n ${s.count}<br/>${figures}`;
        },
      },
      ...trendOption(metric, t, widthPx < 420),
    }),
    [metric, i18n.language],
  );
  const tall = metric.kind === 'interval' && metric.targets.targetMin !== null;
  return (
    <div
      ref={chartRef}
      className={`gesang-cm-chart ${tall ? 'gesang-cm-chart-tall' : 'gesang-cm-chart-short'}`}
      role="img"
      aria-label={t('centreMetrics.trendAria')}
      data-testid={`centre-metrics-trend-${metric.id}`}
    />
  );
}
