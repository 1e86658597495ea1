import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { NeedStatus, TeamView } from '@/shared/api/types';
import type { PageRequest } from '@/shared/ui/serverPaging';

export const bureauKeys = {
  queue: ['needs', 'queue'] as const,
  pending: ['organisations', 'pending'] as const,
  drafts: ['challenges', 'drafts'] as const,
  board: ['challenges', 'board'] as const,
  challenge: (id: string) => ['challenges', id] as const,
  ranking: (id: string) => ['challenges', id, 'ranking'] as const,
  reviewLog: (id: string) => ['challenges', id, 'review-log'] as const,
  stages: (id: string) => ['challenges', id, 'stages'] as const,
  experts: ['experts'] as const,
};

/** The needs of one status in the officer's jurisdiction, a page at a time; `search` (as typed: blank is none) finds
 * them by title, summary or enterprise. */
export const useQueue = (status: NeedStatus, request: PageRequest, search = '') => {
  const q = search.trim() || undefined;
  return useQuery({
    queryKey: [...bureauKeys.queue, status, request, q ?? ''],
    queryFn: () => unwrap(api.GET('/api/needs/queue', { params: { query: { status, q, ...request } } })),
    placeholderData: (previous) => previous,
  });
};

export const usePendingOrganisations = () =>
  useQuery({ queryKey: bureauKeys.pending, queryFn: () => unwrap(api.GET('/api/organisations/pending')) });

export const useDrafts = () => useQuery({ queryKey: bureauKeys.drafts, queryFn: () => unwrap(api.GET('/api/challenges/drafts')) });

export const useExperts = () => useQuery({ queryKey: bureauKeys.experts, queryFn: () => unwrap(api.GET('/api/experts')) });

export const useRanking = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: bureauKeys.ranking(id),
    enabled,
    queryFn: () => unwrap(api.GET('/api/challenges/{id}/ranking', { params: { path: { id } } })),
  });

export const useReviewLog = (id: string) =>
  useQuery({ queryKey: bureauKeys.reviewLog(id), queryFn: () => unwrap(api.GET('/api/challenges/{id}/review-log', { params: { path: { id } } })) });

export const useStages = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: bureauKeys.stages(id),
    enabled,
    queryFn: async () => {
      const view = await unwrap(api.GET('/api/challenges/{id}/stages', { params: { path: { id } } }));
      return { ...view, teams: view.teams.map(bureauTeam) };
    },
  });

/** The bureau's stage view names every team's bid (others see labels only). */
function bureauTeam(team: TeamView): TeamView & { bidId: string } {
  if (!team.bidId) throw new Error('Expected the bureau\'s view of a team.');
  return { ...team, bidId: team.bidId };
}
