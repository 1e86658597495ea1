import type { ChallengeStatus, ChallengeView } from '@/shared/api/types';

/**
 * A challenge's board as the hub pushes it (method "board" on the channel "board:<id>"): what everyone sees of it, sent
 * only when it changed — never who bid.
 */
export interface BoardChange {
  challengeId: string;
  status: ChallengeStatus;
  bidCount: number;
  closesAt: string;
  secondsLeft: number;
}

/** The board a signed-in reader watches: every challenge but a draft (which has no board; the hub refuses it). */
export const boardChannel = (challenge: Pick<ChallengeView, 'id' | 'status'> | undefined) =>
  challenge && challenge.status !== 'Draft' ? `board:${challenge.id}` : null;

/**
 * What a push means for the challenge's page: the server's bid count and time left taken as they are, or — when the
 * status or the deadline moved — the page asked for again, since more changed with them than the push carries (the
 * commitments published at close, the winners of an award, a republication's record). null for another challenge's
 * board (every board the tab watches comes through the same hub method).
 */
export function applyBoardChange(view: ChallengeView, change: BoardChange): { view: ChallengeView; refetch: false } | { refetch: true } | null {
  if (change.challengeId !== view.id) return null;
  if (change.status !== view.status || Date.parse(change.closesAt) !== Date.parse(view.terms.closesAt)) return { refetch: true };
  return { view: { ...view, bidCount: change.bidCount, secondsLeft: change.secondsLeft }, refetch: false };
}

/**
 * The seconds left now, counted down from what the server said at `since` (both in this browser's milliseconds): only
 * the time elapsed here is used, never this machine's date against the deadline, so a clock that is off does not move
 * the deadline shown.
 */
export const secondsLeftAt = (secondsLeft: number, since: number, now: number) =>
  Math.max(0, Number(secondsLeft) - Math.max(0, Math.floor((now - since) / 1000)));
