/**
 * One ECharts instance in a box: created on mount, resized with its box, disposed on unmount, and
 * given a new option whenever `option` changes. Only the chart types and components the centre
 * dashboards draw are registered, so the page does not pull the whole of ECharts.
 */
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState, type RefObject } from 'react';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * Draws `build(widthPx, fontFamily)` in the box, again whenever `deps` change or the width does.
 * @param build the chart option for the box's current width and the page's font.
 * @param deps values the option depends on (data, language).
 * @returns the ref to attach to the chart's `div` (give it a height in CSS).
 * @example const chartRef = useEchart((w) => ({ series: [...] }), [data]); return <div ref={chartRef} />;
 */
export function useEchart(
  build: (widthPx: number, fontFamily: string) => EChartsCoreOption,
  deps: readonly unknown[],
): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  const [widthPx, setWidthPx] = useState(0);

  useEffect(() => {
    const element = ref.current;
    if (element === null) {
      return undefined;
    }
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    const observer = new ResizeObserver(() => {
      setWidthPx(element.clientWidth);
      chart.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const element = ref.current;
    const chart = element === null ? undefined : echarts.getInstanceByDom(element);
    if (element === null || chart === undefined) {
      return;
    }
    // No animation: a quality figure should read the same in a screenshot taken at any moment.
    chart.setOption(
      { animation: false, ...build(element.clientWidth, getComputedStyle(element).fontFamily) },
      true,
    );
    // `build` is a fresh closure each render; what it reads is listed in `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, widthPx]);

  return ref;
}
