import type { CentreVolumes } from '@gesang/domain';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { centreColours, centreName } from './names.js';
import { useEchart } from './use-echart.js';

/** Below this width (px) month labels are shortened to `MM` and the legend scrolls. */
const narrowPx = 560;

/**
 * Cases of the five centres per month, stacked (one colour per centre, the month's total above
 * the stack), as the dictionary's seed figures count them.
 */
export function VolumeChart({ volumes }: { volumes: CentreVolumes }): ReactElement {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const totals = volumes.months.map((_, i) =>
    volumes.byCentre.reduce((sum, c) => sum + (c.byMonth[i] ?? 0), 0),
  );
  const chartRef = useEchart(
    (widthPx, fontFamily) => {
      const narrow = widthPx < narrowPx;
      return {
        textStyle: { fontFamily },
        legend: { top: 0, type: narrow ? 'scroll' : 'plain', textStyle: { fontFamily } },
        grid: { left: 44, right: 12, top: narrow ? 36 : 48, bottom: 28 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: {
          type: 'category',
          data: volumes.months.map((m) => (narrow ? m.slice(5) : m)),
        },
        // On a phone the legend takes the top line; the card's title already says "cases".
        yAxis: { type: 'value', name: narrow ? '' : t('centreMetrics.casesUnit'), minInterval: 1 },
        series: volumes.byCentre.map((c, index) => ({
          name: centreName(c.centre, locale),
          type: 'bar',
          stack: 'cases',
          barMaxWidth: 36,
          itemStyle: { color: centreColours[c.centre] },
          data: c.byMonth,
          // The month's total above the top segment of the stack.
          ...(index === volumes.byCentre.length - 1
            ? {
                label: {
                  show: !narrow,
                  position: 'top',
                  color: '#262626',
                  formatter: ({ dataIndex }: { dataIndex: number }) =>
                    String(totals[dataIndex] ?? ''),
                },
              }
            : {}),
        })),
      };
    },
    [volumes, i18n.language],
  );
  return (
    <div
      ref={chartRef}
      className="gesang-cm-chart gesang-cm-chart-volumes"
      role="img"
      aria-label={t('centreMetrics.volumesTitle')}
      data-testid="centre-metrics-volumes-chart"
    />
  );
}
