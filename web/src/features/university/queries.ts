import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { fullBid } from '@/shared/api/types';

export const bidderKeys = {
  mine: ['bids', 'mine'] as const,
  bid: (id: string) => ['bids', id] as const,
  challenge: (id: string) => ['challenges', id] as const,
};

export const useMyBids = () => useQuery({ queryKey: bidderKeys.mine, queryFn: () => unwrap(api.GET('/api/bids/mine')) });

export const useBid = (id: string | undefined) =>
  useQuery({
    queryKey: bidderKeys.bid(id ?? ''),
    enabled: Boolean(id),
    queryFn: async () => fullBid(await unwrap(api.GET('/api/bids/{id}', { params: { path: { id: id! } } }))),
  });
