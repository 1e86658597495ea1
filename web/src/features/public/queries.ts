import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { ChallengeMode, ChallengeStatus, NeedRead } from '@/shared/api/types';

export interface BoardFilter {
  q?: string;
  field?: string;
  district?: string;
  status?: ChallengeStatus;
  mode?: ChallengeMode;
  page: number;
  pageSize: number;
}

export interface NeedsFilter {
  q?: string;
  field?: string;
  district?: string;
  page: number;
  pageSize: number;
}

export const publicKeys = {
  board: ['challenges', 'board'] as const,
  boardPage: (filter: BoardFilter) => ['challenges', 'board', filter] as const,
  boardSummary: ['challenges', 'board', 'summary'] as const,
  needs: ['needs', 'list'] as const,
  challenge: (id: string) => ['challenges', id] as const,
  need: (id: string) => ['needs', id] as const,
  disclosures: (id: string) => ['challenges', id, 'disclosures'] as const,
};

export const useBoard = (filter: BoardFilter) =>
  useQuery({
    queryKey: publicKeys.boardPage(filter),
    queryFn: () => unwrap(api.GET('/api/challenges', { params: { query: filter } })),
    placeholderData: (previous) => previous,
  });

/** The open challenges and their bounties together, counted by the server over all of them. */
export const useBoardSummary = () =>
  useQuery({ queryKey: publicKeys.boardSummary, queryFn: () => unwrap(api.GET('/api/challenges/summary')) });

export const useNeeds = (filter: NeedsFilter) =>
  useQuery({
    queryKey: [...publicKeys.needs, filter],
    queryFn: () => unwrap(api.GET('/api/needs', { params: { query: filter } })),
    placeholderData: (previous) => previous,
  });

export const useChallenge = (id: string) =>
  useQuery({
    queryKey: publicKeys.challenge(id),
    queryFn: () => unwrap(api.GET('/api/challenges/{id}', { params: { path: { id } } })),
  });

export const useNeed = (id: string) =>
  useQuery({
    queryKey: publicKeys.need(id),
    queryFn: () => unwrap(api.GET('/api/needs/{id}', { params: { path: { id } } })) as Promise<NeedRead>,
  });
