import { useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { ChallengeStatus, NeedStatus, NeedView } from '@/shared/api/types';

export const enterpriseKeys = {
  mine: ['needs', 'mine'] as const,
  need: (id: string) => ['needs', id] as const,
  challenge: (id: string) => ['challenges', id] as const,
  funded: ['challenges', 'funded'] as const,
};

/** A page of 我的需求, newest change first (every key under enterpriseKeys.mine, so a write refreshes them all). */
export interface MyNeedsFilter {
  page: number;
  pageSize: number;
  status?: NeedStatus;
}

export const useMyNeeds = (filter: MyNeedsFilter) =>
  useQuery({
    queryKey: [...enterpriseKeys.mine, filter],
    queryFn: () => unwrap(api.GET('/api/needs/mine', { params: { query: filter } })),
    placeholderData: (previous) => previous,
  });

export const useMyNeed = (id: string) =>
  useQuery({
    queryKey: enterpriseKeys.need(id),
    queryFn: () => unwrap(api.GET('/api/needs/{id}', { params: { path: { id } } })) as Promise<NeedView>,
  });

/** A page of 出资与验收: the challenges the enterprise funds, newest first, as it reads each on its page (every key under
 * enterpriseKeys.funded, so confirming a share or judging results refreshes them all). */
export interface FundedFilter {
  page: number;
  pageSize: number;
  status?: ChallengeStatus;
}

export const useFundedChallenges = (filter: FundedFilter) =>
  useQuery({
    queryKey: [...enterpriseKeys.funded, filter],
    queryFn: () => unwrap(api.GET('/api/challenges/funded', { params: { query: filter } })),
    placeholderData: (previous) => previous,
  });

/** Where the poster's need pages are: the enterprise's workspace, or an institute's or a hospital's (the university
 * role's workspace, since their users hold that role). */
export function useNeedsBase() {
  return useLocation().pathname.startsWith('/university') ? '/university' : '/enterprise';
}
