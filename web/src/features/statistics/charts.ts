import type { ChartOption } from './EChart';
import type { Measure, TrafficLight } from './queries';

/** The cube row's field that holds a measure. */
export const figureOf: Record<Measure, 'contractAmount' | 'technologyAmount' | 'settled'> = {
  ContractAmount: 'contractAmount',
  TechnologyAmount: 'technologyAmount',
  Settled: 'settled',
};

/** The dashboards' colours: the figure in the primary blue, last year and targets in colours apart from it. */
export const chartColours = { figure: '#1677ff', lastYear: '#8c8c8c', target: '#d46b08' } as const;
const lightColours: Record<TrafficLight, string> = { Red: '#cf1322', Amber: '#d48806', Green: '#389e0d', None: '#bfbfbf' };

const grid = { left: 8, right: 16, top: 32, bottom: 8, containLabel: true } as const;
const tooltip = { trigger: 'axis', confine: true } as const;

/** One bar per named figure (districts, fields), with an optional second series drawn as a line (a target each). */
export function barsOption(bars: { name: string; value: number }[], labels: { figure: string; line?: string }, line?: (number | null)[]): ChartOption {
  return {
    color: [chartColours.figure, chartColours.target],
    grid,
    tooltip,
    legend: line ? { top: 0, data: [labels.figure, labels.line ?? ''] } : undefined,
    xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0, rotate: bars.length > 6 ? 40 : 0 } },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: labels.figure, data: bars.map((b) => b.value), barMaxWidth: 40 },
      ...(line ? [{ type: 'line' as const, name: labels.line, data: line, symbol: 'diamond', symbolSize: 10, lineStyle: { type: 'dashed' as const } }] : []),
    ],
  };
}

/** Shares of a whole (contract types): a ring, each segment named. */
export function pieOption(slices: { name: string; value: number }[], label: string): ChartOption {
  return {
    color: [chartColours.figure, '#13c2c2', '#722ed1', '#faad14', '#eb2f96'],
    tooltip: { trigger: 'item', confine: true },
    series: [{ type: 'pie', name: label, radius: ['35%', '70%'], data: slices, label: { formatter: '{b}\n{d}%' } }],
  };
}

/** 同比: this year's months against the same months last year, one line each over the months 1–12 named. */
export function trendOption(months: number[], thisYear: (number | null)[], lastYear: (number | null)[], labels: { month: (m: number) => string; thisYear: string; lastYear: string }): ChartOption {
  return {
    color: [chartColours.figure, chartColours.lastYear],
    grid,
    tooltip,
    legend: { top: 0, data: [labels.thisYear, labels.lastYear] },
    xAxis: { type: 'category', data: months.map(labels.month) },
    yAxis: { type: 'value' },
    series: [
      { type: 'line', name: labels.thisYear, data: thisYear, symbolSize: 8 },
      { type: 'line', name: labels.lastYear, data: lastYear, symbolSize: 6, lineStyle: { type: 'dashed' } },
    ],
  };
}

/** The funnel from need to payment, widest at the top; the stages keep their order even where a later one is larger. */
export function funnelOption<T extends { count: number }>(stages: T[], name: (s: T) => string): ChartOption {
  return {
    color: [chartColours.figure],
    tooltip: { trigger: 'item', confine: true },
    series: [{
      type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '8%', gap: 2,
      label: { position: 'inside', formatter: '{b}: {c}' },
      data: stages.map((s, i) => ({ name: name(s), value: s.count, itemStyle: { opacity: 1 - i * 0.07 } })),
    }],
  };
}

/** 红黄绿: how many warnings of each kind in each light, stacked. */
export function lightsOption(kinds: string[], counts: Record<TrafficLight, number[]>, lightName: (l: TrafficLight) => string): ChartOption {
  const lights = (['Red', 'Amber', 'Green'] as const).filter((l) => counts[l].some((c) => c > 0));
  return {
    color: lights.map((l) => lightColours[l]),
    grid,
    tooltip,
    legend: { top: 0, data: lights.map(lightName) },
    xAxis: { type: 'category', data: kinds, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: lights.map((l) => ({ type: 'bar' as const, name: lightName(l), stack: 'lights', data: counts[l], barMaxWidth: 48 })),
  };
}
