import { useEffect, useState } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ChallengeCard, ChallengeView } from '@/shared/api/types';
import { useChannels } from '@/shared/realtime/useChannel';
import { applyBoardChange, applyToCards, boardChannel, secondsLeftAt, type BoardChange } from './liveBoard';
import { publicKeys } from './queries';

type Apply<D> = (shown: D, change: BoardChange) => { view: D; refetch: false } | { refetch: true } | null;

/**
 * Keeps a query's answer as the challenge boards on the hub say, for a signed-in reader: pushed figures go straight
 * into the cached answer; a moved status or deadline asks for it again. The boards are left when the component goes.
 * Whenever the watch (re)starts — the first time, after a reconnection — the answer is asked for once more, since a
 * change made before the hub had this connection in a board's group reached it only through that answer. True while
 * the boards are watched; an anonymous visitor has no hub connection and keeps the figures of the page's own request.
 */
function useBoards<D>(queryKey: QueryKey, channels: string[], apply: Apply<D>): boolean {
  const queryClient = useQueryClient();
  const state = useChannels<BoardChange>(channels, 'board', (change) => {
    const shown = queryClient.getQueryData<D>(queryKey);
    const outcome = shown === undefined ? null : apply(shown, change);
    if (!outcome) return;
    if (outcome.refetch) {
      void queryClient.invalidateQueries({ queryKey, exact: true });
      return;
    }
    // A request under way may have read the board before this change: it is asked again, so its answer cannot put the
    // older figures back over the pushed ones.
    const racing = queryClient.isFetching({ queryKey, exact: true }) > 0;
    queryClient.setQueryData(queryKey, outcome.view);
    if (racing) void queryClient.invalidateQueries({ queryKey, exact: true });
  });

  const watching = state === 'watching';
  const key = JSON.stringify(queryKey);
  useEffect(() => {
    if (watching) void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey, exact: true });
  }, [watching, key, queryClient]);
  return watching;
}

/** A challenge's page (the query under the route's id), live while signed in. */
export function useLiveBoard(id: string, challenge: ChallengeView | undefined): boolean {
  const channel = boardChannel(challenge);
  return useBoards(publicKeys.challenge(id), channel ? [channel] : [], applyBoardChange);
}

/** A page of the board's cards (the query under `queryKey`), each card's board watched while signed in. */
export function useLiveCards<P extends { items: ChallengeCard[] }>(queryKey: QueryKey, page: P | undefined): boolean {
  const channels = (page?.items ?? []).map(boardChannel).filter((c): c is string => c !== null);
  return useBoards<P>(queryKey, channels, applyToCards);
}

/** The seconds left, counting down each second while `running`, from what the server said at `since` (ms). */
export function useSecondsLeft(secondsLeft: number, since: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    // The clock is read again at once (it may have stood still while not running), then every second.
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [running, since]);
  return running ? secondsLeftAt(secondsLeft, since, now) : Math.max(0, Number(secondsLeft));
}
