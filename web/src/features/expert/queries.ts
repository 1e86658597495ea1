import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { blindBids } from '@/shared/api/types';

export const expertKeys = {
  reviews: ['reviews', 'mine'] as const,
  bids: (challengeId: string) => ['challenges', challengeId, 'bids'] as const,
  profile: ['experts', 'me'] as const,
};

export const useMyReviews = () =>
  useQuery({ queryKey: expertKeys.reviews, queryFn: () => unwrap(api.GET('/api/reviews/mine')) });

/** The bids of a closed challenge, blind: label, content and commitment, never who bid. */
export const useBlindBids = (challengeId: string) =>
  useQuery({
    queryKey: expertKeys.bids(challengeId),
    queryFn: async () => blindBids(await unwrap(api.GET('/api/challenges/{id}/bids', { params: { path: { id: challengeId } } }))),
  });
