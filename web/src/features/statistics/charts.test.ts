import { describe, expect, it } from 'vitest';
import { barsOption, funnelOption, lightsOption } from './charts';
import type { FunnelStage } from './queries';

const stage = (step: FunnelStage['step'], count: number): FunnelStage => ({ step, count, conversionPercent: null, ofSubmittedPercent: null, medianDaysFromPrevious: null });

describe('chart options', () => {
  it('draws the funnel in its steps\' order, not by size', () => {
    const option = funnelOption([stage('Submitted', 3), stage('Accepted', 5), stage('Bids', 1)], (s) => s.step);
    const series = (option.series as { sort: string; data: { name: string; value: number }[] }[])[0];
    expect(series.sort).toBe('none');
    expect(series.data.map((d) => [d.name, d.value])).toEqual([['Submitted', 3], ['Accepted', 5], ['Bids', 1]]);
  });

  it('stacks only the lights that have a warning, with the count per kind', () => {
    const option = lightsOption(['a', 'b'], { Red: [1, 0], Amber: [0, 0], Green: [0, 2], None: [0, 0] }, (l) => l);
    expect((option.series as { name: string; data: number[] }[]).map((s) => [s.name, s.data])).toEqual([['Red', [1, 0]], ['Green', [0, 2]]]);
    expect(option.color).toEqual(['#cf1322', '#389e0d']);
  });

  it('draws a target line only when there are targets', () => {
    expect((barsOption([{ name: 'x', value: 1 }], { figure: 'f' }).series as unknown[]).length).toBe(1);
    const withTargets = barsOption([{ name: 'x', value: 1 }], { figure: 'f', line: 't' }, [5]);
    expect((withTargets.series as { type: string; data: unknown[] }[])[1]).toMatchObject({ type: 'line', data: [5] });
  });
});
