import { useLocation } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { NeedStatus, NeedView } from '@/shared/api/types';

export const enterpriseKeys = {
  mine: ['needs', 'mine'] as const,
  need: (id: string) => ['needs', id] as const,
  challenge: (id: string) => ['challenges', id] as const,
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

/** The challenges built on the enterprise's needs (each need records them), read one by one. */
export function useChallengesOf(needs: NeedView[]) {
  const ids = [...new Set(needs.flatMap((n) => n.challenges.map((c) => c.challengeId)))];
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: enterpriseKeys.challenge(id),
      queryFn: () => unwrap(api.GET('/api/challenges/{id}', { params: { path: { id } } })),
    })),
  });
}

/** Where the poster's need pages are: the enterprise's workspace, or an institute's or a hospital's (the university
 * role's workspace, since their users hold that role). */
export function useNeedsBase() {
  return useLocation().pathname.startsWith('/university') ? '/university' : '/enterprise';
}
