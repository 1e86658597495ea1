import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { Schemas } from '@/shared/api/types';
import { type ActivityDrill, activityQuery, type Selection } from './queries';

export type ChallengeRow = Schemas['ChallengeRow'];
export type VoucherRow = Schemas['VoucherRow'];
export type NeedRow = Schemas['NeedRow'];
export type TrialConversionRow = Schemas['TrialConversionRow'];
export type ReferenceInputs = Schemas['ReferenceInputsAnswer'];

const keyOf = (name: string, s: Selection, drill: ActivityDrill | null) => ['statistics', name, activityQuery(s, drill), drill?.milestone] as const;

/** 揭榜挂帅 challenges published (or awarded) in the figure's region and period, with their bounty. */
export const useChallengesCounted = (s: Selection, drill: ActivityDrill | null) =>
  useQuery({
    queryKey: keyOf('challenges', s, drill),
    enabled: drill?.kind === 'challenges',
    queryFn: () => unwrap(api.GET('/api/statistics/challenges', { params: { query: { ...activityQuery(s, drill), milestone: drill?.milestone } } })),
  });

/** 创新券 redemptions: the sum is 用券金额, enterprise-times 惠及企业家次. */
export const useVouchersCounted = (s: Selection, drill: ActivityDrill | null) =>
  useQuery({
    queryKey: keyOf('vouchers', s, drill),
    enabled: drill?.kind === 'vouchers',
    queryFn: () => unwrap(api.GET('/api/statistics/vouchers', { params: { query: activityQuery(s, drill) } })),
  });

/** Needs collected, with their posters' kinds (the share from enterprises). */
export const useNeedsCounted = (s: Selection, drill: ActivityDrill | null) =>
  useQuery({
    queryKey: keyOf('needs', s, drill),
    enabled: drill?.kind === 'needs',
    queryFn: () => unwrap(api.GET('/api/statistics/needs', { params: { query: activityQuery(s, drill) } })),
  });

/** 先用后转 trials converted. */
export const useTrialsCounted = (s: Selection, drill: ActivityDrill | null) =>
  useQuery({
    queryKey: keyOf('trials', s, drill),
    enabled: drill?.kind === 'trials',
    queryFn: () => unwrap(api.GET('/api/statistics/trials', { params: { query: activityQuery(s, drill) } })),
  });

/** What a derived figure (占GDP比重, 个百分点) is computed from: the bureau's reference entry and the amounts' ledgers. */
export const useReferenceInputs = (s: Selection, drill: ActivityDrill | null) =>
  useQuery({
    queryKey: keyOf('reference-figures', s, drill),
    enabled: drill?.kind === 'reference-figures',
    queryFn: () => unwrap(api.GET('/api/statistics/reference-figures', { params: { query: activityQuery(s, drill) } })),
  });
