import { useLocation } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { NeedStatus, NeedView } from '@/shared/api/types';

export const enterpriseKeys = {
  mine: ['needs', 'mine'] as const,
  need: (id: string) => ['needs', id] as const,
  challenge: (id: string) => ['challenges', id] as const,
};

export const useMyNeeds = (status?: NeedStatus) =>
  useQuery({
    queryKey: [...enterpriseKeys.mine, status ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/needs/mine', { params: { query: { status, pageSize: 100 } } })),
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
