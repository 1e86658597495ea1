import { useEffect, useRef } from 'react';
import { usePrefersReducedMotion } from '@/shared/ui/motion';
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

// Only what the dashboards draw, so the bundle carries four chart types and the SVG renderer, not all of ECharts.
// SVG rather than canvas: crisp at any zoom, and the drawn shapes are elements a browser test can find.
echarts.use([BarChart, LineChart, PieChart, FunnelChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | FunnelSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** What a click on a bar, point or segment hands back: the series and the data item's index and name. */
export interface ChartPick {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

/**
 * One ECharts instance in a div. The picture is for the eye only: the div is an image with a label that says what it
 * shows, and every chart sits beside a table (or text) with the same figures, whose buttons do what a click here does.
 */
export function EChart({ option, label, onPick, height = 260 }: { option: ChartOption; label: string; onPick?: (pick: ChartPick) => void; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.EChartsType | null>(null);
  // The latest click handler, for the instance's listener registered once.
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);
  const lessMotion = usePrefersReducedMotion();

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      pick.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex, name: params.name });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: !lessMotion, ...option }, { notMerge: true });
  }, [option, lessMotion]);

  return <div ref={element} role="img" aria-label={label} className="tm-chart" style={{ width: '100%', height, cursor: onPick ? 'pointer' : undefined }} />;
}
