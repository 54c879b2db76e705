import type { SlaMonthRow } from '@gesang/domain';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare, shareTone, type ShareTone } from './stats-format.js';

// Only the parts this chart draws, so the page does not pull the whole of echarts.
echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** Bar colours: the goal met (green), missed (red); the same reds and greens as the worklist. */
const toneColour: Record<ShareTone, string> = {
  met: '#389e0d',
  missed: '#cf1322',
  none: '#d9d9d9',
};

/** Below this width (px) the bars carry only the percentage; the counts stay in the tooltip. */
const narrowPx = 560;

/** Props of {@link MonthlyShareChart}. */
export interface MonthlyShareChartProps {
  months: readonly SlaMonthRow[];
  /** The goal share, 0–1 (drawn as a dashed line). */
  goal: number;
  /** The critical SLA, minutes (for the labels). */
  minutes: number;
}

/**
 * Bars of the monthly share of critical ECGs signed within the SLA, in percent, each labelled with
 * the share and its count (3/5), against a dashed goal line. A month with nothing to judge has no
 * bar, only a dash. Redrawn when the data or the language changes; follows its box's width.
 */
export function MonthlyShareChart({ months, goal, minutes }: MonthlyShareChartProps): ReactElement {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (element === null) {
      return undefined;
    }
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    const resize = new ResizeObserver(() => {
      setNarrow(element.clientWidth < narrowPx);
      chart.resize();
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const element = box.current;
    const chart = element === null ? undefined : echarts.getInstanceByDom(element);
    if (element === null || chart === undefined) {
      return;
    }
    const fontFamily = getComputedStyle(element).fontFamily;
    // A month with nothing to judge gets a zero-height bar labelled with a dash, so it does not
    // read as a month at 0 %.
    const data = months.map((m) => ({
      value: m.criticalWithinSlaShare === null ? 0 : m.criticalWithinSlaShare * 100,
      itemStyle: { color: toneColour[shareTone(m.criticalWithinSlaShare, goal)] },
      label:
        m.criticalWithinSlaShare === null || narrow
          ? formatShare(m.criticalWithinSlaShare)
          : `${formatShare(m.criticalWithinSlaShare)}\n${m.criticalWithinSla}/${m.criticalJudged}`,
    }));
    chart.setOption(
      {
        textStyle: { fontFamily },
        grid: { left: 44, right: 16, top: 44, bottom: 28 },
        tooltip: {
          trigger: 'axis',
          formatter: (params: { dataIndex: number }[]) => {
            const m = months[params[0]?.dataIndex ?? -1];
            return m === undefined
              ? ''
              : `${m.month}<br/>${t('ecgStats.criticalShare', { minutes })}: ${formatShare(m.criticalWithinSlaShare)}<br/>${t('ecgStats.criticalCount', { within: m.criticalWithinSla, judged: m.criticalJudged })}`;
          },
        },
        xAxis: { type: 'category', data: months.map((m) => m.month) },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          {
            type: 'bar',
            barMaxWidth: 40,
            data: data.map((d) => ({ value: d.value, itemStyle: d.itemStyle })),
            label: {
              show: true,
              position: 'top',
              fontSize: narrow ? 10 : 11,
              lineHeight: 13,
              formatter: ({ dataIndex }: { dataIndex: number }) => data[dataIndex]?.label ?? '',
            },
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed', color: '#595959' },
              label: {
                formatter: t('ecgStats.chartGoal', { share: formatShare(goal) }),
                position: 'insideEndTop',
              },
              data: [{ yAxis: goal * 100 }],
            },
          },
        ],
      },
      true,
    );
  }, [months, goal, minutes, narrow, t, i18n.language]);

  return (
    <div
      ref={box}
      className="gesang-stats-chart"
      role="img"
      aria-label={t('ecgStats.chartTitle', { minutes })}
      data-testid="stats-month-chart"
    />
  );
}
