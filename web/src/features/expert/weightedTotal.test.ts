import { weightedTotal } from './ScoringPage';

describe('the weighted total an expert sees while scoring', () => {
  it('is Σ score × weight ÷ 10, as the server ranks', () => {
    const criteria = [{ key: 'c1', name: '方案', weight: 40 }, { key: 'c2', name: '团队', weight: 30 }, { key: 'c3', name: '经费', weight: 30 }];
    expect(weightedTotal(criteria, { c1: { score: 8 }, c2: { score: 7 }, c3: { score: 9 } })).toBe(80);
    expect(weightedTotal(criteria, { c1: { score: 10 } })).toBe(40);
  });
});
