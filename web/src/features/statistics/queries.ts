import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { Schemas } from '@/shared/api/types';

export type Flow = Schemas['Flow'];
export type Measure = Schemas['Measure'];
export type PeerLevel = Schemas['PeerLevel'];
export type TrafficLight = Schemas['TrafficLight'];
export type CubeRow = Schemas['CubeRow'];
export type Standing = Schemas['Standing'];
export type ReportFigure = Schemas['ReportFigure'];
export type Warning = Schemas['Warning'];
export type FunnelStage = Schemas['FunnelStage'];
export type RoundFunnelStage = Schemas['RoundFunnelStage'];
export type LedgerLine = Schemas['TransactionLine'];
export type RoundRow = Schemas['RoundRow'];
export type ListRow = Schemas['ListRow'];
export type ExportTable = 'Cube' | 'Ledger' | 'Rankings' | 'Targets' | 'Rounds' | 'Lists' | 'Challenges' | 'Vouchers' | 'Needs' | 'Trials';

export type PeriodKind = 'year' | 'toMonth' | 'quarter' | 'month';

/** What the dashboard is looking at: a region (empty: the officer's jurisdiction), a period and the side counted. */
export interface Selection {
  region?: string;
  year: number;
  kind: PeriodKind;
  /** The quarter, month or last month of 1至N月, as the kind says. */
  n: number;
  direction: Flow;
  measure: Measure;
}

/** The period query every statistics endpoint takes, in the API's parameter names. */
export function periodQuery(s: Selection) {
  return {
    Region: s.region || undefined,
    Year: s.year,
    ToMonth: s.kind === 'toMonth' ? s.n : undefined,
    Quarter: s.kind === 'quarter' ? s.n : undefined,
    Month: s.kind === 'month' ? s.n : undefined,
    Direction: s.direction,
  };
}

const key = (name: string, s: Selection, ...more: unknown[]) => ['statistics', name, periodQuery(s), ...more] as const;
// Switching the period keeps the previous figures on screen until the new ones arrive.
const options = { placeholderData: keepPreviousData, staleTime: 30_000 } as const;

export const useSlice = (s: Selection, by: string) =>
  useQuery({ ...options, queryKey: key('cube', s, by), queryFn: () => unwrap(api.GET('/api/statistics/cube', { params: { query: { ...periodQuery(s), by } } })) });

export const useRankings = (s: Selection, peers: PeerLevel) =>
  useQuery({
    ...options,
    queryKey: key('rankings', s, s.measure, peers),
    queryFn: () => unwrap(api.GET('/api/statistics/rankings', { params: { query: { ...periodQuery(s), measure: s.measure, peers } } })),
  });

export const useReport = (s: Selection) =>
  useQuery({ ...options, queryKey: key('report', s), queryFn: () => unwrap(api.GET('/api/statistics/report', { params: { query: periodQuery(s) } })) });

export const useWarnings = (s: Selection) =>
  useQuery({ ...options, queryKey: key('warnings', s), queryFn: () => unwrap(api.GET('/api/statistics/warnings', { params: { query: periodQuery(s) } })) });

export const useFunnel = (s: Selection) =>
  useQuery({ ...options, queryKey: key('funnel', s), queryFn: () => unwrap(api.GET('/api/statistics/funnel', { params: { query: periodQuery(s) } })) });

/** A collection round's funnel in the selected region (the period does not narrow a round: its needs are its own). */
export const useRoundFunnel = (s: Selection, round: string) =>
  useQuery({
    ...options,
    queryKey: ['statistics', 'roundFunnel', round, s.region ?? ''],
    queryFn: () => unwrap(api.GET('/api/statistics/funnel/rounds/{roundId}', { params: { path: { roundId: round }, query: { region: s.region || undefined } } })),
  });

/** Which lines a figure sums: a measure and optionally a contract type, field, origin or district (as region). */
export interface DrillDown {
  measure: Measure;
  region?: string;
  type?: Schemas['ContractType'];
  field?: string;
  origin?: Schemas['ContractOrigin'];
  brokered?: boolean;
  /** A report figure names its own days (China time). */
  from?: string;
  to?: string;
}

export const useLedger = (s: Selection, drill: DrillDown | null) =>
  useQuery({
    queryKey: key('ledger', s, drill),
    enabled: drill !== null,
    queryFn: () =>
      unwrap(api.GET('/api/statistics/ledger', {
        params: {
          query: {
            ...(drill?.from && drill.to
              ? { Region: drill.region ?? (s.region || undefined), From: drill.from, To: drill.to, Direction: s.direction }
              : periodQuery({ ...s, region: drill?.region ?? s.region })),
            Measure: drill?.measure, Type: drill?.type, Field: drill?.field, Origin: drill?.origin, Brokered: drill?.brokered,
          },
        },
      })),
  });

/** A report figure's drill-down address (/api/statistics/ledger?…) as the ledger query it stands for; null for other lists. */
export function drillDownOf(address: string | null | undefined, fallback: Measure): DrillDown | null {
  if (!address?.includes('/ledger?')) return null;
  const query = new URLSearchParams(address.slice(address.indexOf('?') + 1));
  const get = (name: string) => query.get(name) ?? query.get(name[0].toUpperCase() + name.slice(1)) ?? undefined;
  return {
    measure: (get('measure') as Measure | undefined) ?? fallback,
    region: get('region'),
    type: get('type') as DrillDown['type'],
    field: get('field'),
    origin: get('origin') as DrillDown['origin'],
    brokered: get('brokered') === undefined ? undefined : get('brokered') === 'true',
    from: get('from'),
    to: get('to'),
  };
}

/** The statistics lists a report figure may open besides the ledger: each at /api/statistics/{kind}. */
export const activityKinds = ['rounds', 'lists', 'challenges', 'vouchers', 'needs', 'trials', 'reference-figures'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** A report figure that counts rounds, lists, challenges, vouchers, needs or trials — or a derived figure's inputs
 * (reference-figures): which list it opens, over which region, days and side. */
export interface ActivityDrill {
  kind: ActivityKind;
  region?: string;
  from?: string;
  to?: string;
  direction?: Flow;
  milestone?: Schemas['ChallengeMilestone'];
}

/** A report figure's address (/api/statistics/rounds?…, /challenges?… …) as the list it counts; null for other addresses. */
export function activityDrillOf(address: string | null | undefined): ActivityDrill | null {
  const kind = activityKinds.find((k) => address?.startsWith(`/api/statistics/${k}?`));
  if (!kind || !address) return null;
  const query = new URLSearchParams(address.slice(address.indexOf('?') + 1));
  const get = (name: string) => query.get(name) ?? undefined;
  return {
    kind, region: get('region'), from: get('from'), to: get('to'),
    direction: get('direction') as Flow | undefined, milestone: get('milestone') as ActivityDrill['milestone'],
  };
}

/** The period an activity drill-down names (its own days and side), or the dashboard's. */
export const activityQuery = (s: Selection, drill: ActivityDrill | null) =>
  drill?.from && drill.to
    ? { Region: drill.region ?? (s.region || undefined), From: drill.from, To: drill.to, Direction: drill.direction ?? s.direction }
    : periodQuery({ ...s, region: drill?.region ?? s.region });

/** 需求征集轮次 opened in the figure's region and period. */
export const useRoundsCounted = (s: Selection, drill: ActivityDrill | null) =>
  useQuery({
    queryKey: key('rounds', s, drill),
    enabled: drill?.kind === 'rounds',
    queryFn: () => unwrap(api.GET('/api/statistics/rounds', { params: { query: activityQuery(s, drill) } })),
  });

/** 榜单 published in the figure's region and period, with the challenges each holds. */
export const useListsCounted = (s: Selection, drill: ActivityDrill | null) =>
  useQuery({
    queryKey: key('lists', s, drill),
    enabled: drill?.kind === 'lists',
    queryFn: () => unwrap(api.GET('/api/statistics/lists', { params: { query: activityQuery(s, drill) } })),
  });
