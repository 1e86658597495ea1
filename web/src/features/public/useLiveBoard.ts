import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ChallengeView } from '@/shared/api/types';
import { useChannel } from '@/shared/realtime/useChannel';
import { applyBoardChange, boardChannel, secondsLeftAt, type BoardChange } from './liveBoard';
import { publicKeys } from './queries';

/**
 * Keeps a challenge's page (the query under the route's id) as its board on the hub says, for a signed-in reader: a
 * pushed bid count goes straight into the cached page; a status or deadline change asks for the page again. The
 * board is left when the page goes. Whenever the watch (re)starts — the first time, after a reconnection — the page
 * is asked for once more, since a change made before the hub had this connection in the board's group reached it
 * only through that answer. True while the board is watched; an anonymous visitor has no hub connection and keeps the
 * figures of the page's own request.
 */
export function useLiveBoard(id: string, challenge: ChallengeView | undefined): boolean {
  const queryClient = useQueryClient();
  const state = useChannel<BoardChange>(boardChannel(challenge), 'board', (change) => {
    const queryKey = publicKeys.challenge(id);
    const shown = queryClient.getQueryData<ChallengeView>(queryKey);
    const outcome = shown && applyBoardChange(shown, change);
    if (!outcome) return;
    if (outcome.refetch) {
      void queryClient.invalidateQueries({ queryKey, exact: true });
      return;
    }
    // A request under way may have read the board before this change: it is asked again, so its answer cannot put the
    // older count back over the pushed one.
    const racing = queryClient.isFetching({ queryKey, exact: true }) > 0;
    queryClient.setQueryData(queryKey, outcome.view);
    if (racing) void queryClient.invalidateQueries({ queryKey, exact: true });
  });

  const watching = state === 'watching';
  useEffect(() => {
    if (watching) void queryClient.invalidateQueries({ queryKey: publicKeys.challenge(id), exact: true });
  }, [watching, id, queryClient]);
  return watching;
}

/** The seconds left, counting down each second while `running`, from what the server said at `since` (ms). */
export function useSecondsLeft(secondsLeft: number, since: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running, since]);
  return running ? secondsLeftAt(secondsLeft, since, now) : Math.max(0, Number(secondsLeft));
}
