import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { TransferMode } from '@/shared/api/types';
import type { PageRequest } from '@/shared/ui/serverPaging';

export interface HallFilter {
  q?: string;
  field?: string;
  trlMin?: number;
  mode?: TransferMode;
  trial?: boolean;
  maxPrice?: number;
  district?: string;
}

export const marketKeys = {
  hall: (filter: HallFilter) => ['achievements', 'hall', filter] as const,
  achievement: (id: string) => ['achievements', id] as const,
  mine: ['achievements', 'mine'] as const,
  deals: ['deals', 'mine'] as const,
  deal: (id: string) => ['deals', id] as const,
  trials: ['trials', 'mine'] as const,
};

export const useHall = (filter: HallFilter) =>
  useQuery({
    queryKey: marketKeys.hall(filter),
    queryFn: () => unwrap(api.GET('/api/achievements', { params: { query: { ...filter, q: filter.q || undefined, pageSize: 50 } } })),
  });

export const useAchievement = (id: string) =>
  useQuery({ queryKey: marketKeys.achievement(id), queryFn: () => unwrap(api.GET('/api/achievements/{id}', { params: { path: { id } } })) });

// The organisation's own lists come a page at a time (each key under its list's, so a write refreshes every page).
export const useMyAchievements = (page: PageRequest) =>
  useQuery({ queryKey: [...marketKeys.mine, page], queryFn: () => unwrap(api.GET('/api/achievements/mine', { params: { query: page } })), placeholderData: (p) => p });

export const useMyDeals = (page: PageRequest) =>
  useQuery({ queryKey: [...marketKeys.deals, page], queryFn: () => unwrap(api.GET('/api/deals/mine', { params: { query: page } })), placeholderData: (p) => p });

export const useDeal = (id: string) =>
  useQuery({ queryKey: marketKeys.deal(id), queryFn: () => unwrap(api.GET('/api/deals/{id}', { params: { path: { id } } })) });

export const useMyTrials = (page: PageRequest) =>
  useQuery({ queryKey: [...marketKeys.trials, page], queryFn: () => unwrap(api.GET('/api/trials/mine', { params: { query: page } })), placeholderData: (p) => p });
