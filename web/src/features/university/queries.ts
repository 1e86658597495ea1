import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { fullBid, type BidStatus } from '@/shared/api/types';

export const bidderKeys = {
  mine: ['bids', 'mine'] as const,
  bid: (id: string) => ['bids', id] as const,
  challenge: (id: string) => ['challenges', id] as const,
};

/** A page of 我的申报, newest change first (every key under bidderKeys.mine, so a write refreshes them all). */
export interface MyBidsFilter {
  page: number;
  pageSize: number;
  status?: BidStatus;
}

export const useMyBids = (filter: MyBidsFilter) =>
  useQuery({
    queryKey: [...bidderKeys.mine, filter],
    queryFn: () => unwrap(api.GET('/api/bids/mine', { params: { query: filter } })),
    placeholderData: (previous) => previous,
  });

/** The organisation's bids on one challenge (the one it leads, or a joint bid that names it). */
export const useMyBidsOn = (challengeId: string) =>
  useQuery({
    queryKey: [...bidderKeys.mine, 'challenge', challengeId],
    queryFn: () => unwrap(api.GET('/api/bids/mine', { params: { query: { challengeId } } })),
  });

export const useBid = (id: string | undefined) =>
  useQuery({
    queryKey: bidderKeys.bid(id ?? ''),
    enabled: Boolean(id),
    queryFn: async () => fullBid(await unwrap(api.GET('/api/bids/{id}', { params: { path: { id: id! } } }))),
  });
