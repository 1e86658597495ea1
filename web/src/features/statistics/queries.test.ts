import { activityDrillOf, drillDownOf, periodQuery, type Selection } from './queries';

const selection: Selection = { year: 2026, kind: 'toMonth', n: 8, direction: 'Absorbed', measure: 'Settled' };

describe('the statistics queries', () => {
  it('ask for 1至N月, a quarter or a month as the API names them, the jurisdiction when no region is chosen', () => {
    expect(periodQuery(selection)).toEqual({ Region: undefined, Year: 2026, ToMonth: 8, Quarter: undefined, Month: undefined, Direction: 'Absorbed' });
    expect(periodQuery({ ...selection, kind: 'quarter', n: 3, region: '330211' })).toMatchObject({ Region: '330211', Quarter: 3, ToMonth: undefined });
    expect(periodQuery({ ...selection, kind: 'year' })).toMatchObject({ Year: 2026, ToMonth: undefined, Quarter: undefined, Month: undefined });
  });

  it('read a report figure\'s ledger address as the drill-down it stands for, with its own days', () => {
    expect(drillDownOf('/api/statistics/ledger?region=330211&from=2026-01-01&to=2026-08-31&direction=Output&measure=ContractAmount&type=Transfer', 'Settled'))
      .toEqual({ measure: 'ContractAmount', region: '330211', type: 'Transfer', field: undefined, origin: undefined, brokered: undefined, from: '2026-01-01', to: '2026-08-31' });
    expect(drillDownOf('/api/statistics/ledger?region=330211&brokered=true', 'Settled')).toMatchObject({ measure: 'Settled', brokered: true });
  });

  it('open no ledger for figures that sum something else (a rank, a count of challenges)', () => {
    expect(drillDownOf('/api/statistics/rankings?region=330211', 'Settled')).toBeNull();
    expect(drillDownOf(null, 'Settled')).toBeNull();
  });

  it('read a figure counting rounds or lists as the list it opens, and nothing else as one', () => {
    expect(activityDrillOf('/api/statistics/rounds?region=330211&from=2026-01-01&to=2026-12-31&direction=Output'))
      .toEqual({ kind: 'rounds', region: '330211', from: '2026-01-01', to: '2026-12-31', direction: 'Output' });
    expect(activityDrillOf('/api/statistics/lists?region=330200&from=2026-01-01&to=2026-08-31')).toMatchObject({ kind: 'lists', region: '330200' });
    expect(activityDrillOf('/api/statistics/ledger?region=330211')).toBeNull();
    expect(activityDrillOf('/api/challenges')).toBeNull();
    expect(activityDrillOf(undefined)).toBeNull();
  });

  it('read the challenge, voucher, needs, trial and derived figures as the statistics lists they open, with their side and milestone', () => {
    expect(activityDrillOf('/api/statistics/challenges?region=330211&from=2026-01-01&to=2026-12-31&direction=Absorbed&milestone=Awarded'))
      .toEqual({ kind: 'challenges', region: '330211', from: '2026-01-01', to: '2026-12-31', direction: 'Absorbed', milestone: 'Awarded' });
    for (const kind of ['vouchers', 'needs', 'trials', 'reference-figures'] as const) {
      expect(activityDrillOf(`/api/statistics/${kind}?region=330211&from=2026-01-01&to=2026-08-31&direction=Output`)).toMatchObject({ kind, to: '2026-08-31' });
    }
    expect(activityDrillOf('/api/vouchers/redemptions')).toBeNull();
    expect(activityDrillOf('/api/needs/queue')).toBeNull();
  });
});
