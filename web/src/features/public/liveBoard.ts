import type { ChallengeCard, ChallengeStatus, ChallengeView } from '@/shared/api/types';

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
export const boardChannel = (challenge: { id: string; status: ChallengeStatus } | undefined) =>
  challenge && challenge.status !== 'Draft' ? `board:${challenge.id}` : null;

/** Whether a push moved the challenge's status or deadline, which bring more than the figures it carries. */
const moved = (status: ChallengeStatus, closesAt: string, change: BoardChange) =>
  change.status !== status || Date.parse(change.closesAt) !== Date.parse(closesAt);

/**
 * What a push means for the challenge's page: the server's bid count and time left taken as they are, or — when the
 * status or the deadline moved — the page asked for again, since more changed with them than the push carries (the
 * commitments published at close, the winners of an award, a republication's record). null for another challenge's
 * board (every board the tab watches comes through the same hub method).
 */
export function applyBoardChange(view: ChallengeView, change: BoardChange): { view: ChallengeView; refetch: false } | { refetch: true } | null {
  if (change.challengeId !== view.id) return null;
  if (moved(view.status, view.terms.closesAt, change)) return { refetch: true };
  return { view: { ...view, bidCount: change.bidCount, secondsLeft: change.secondsLeft }, refetch: false };
}

/**
 * The same for a page of the board's cards: the card's figures taken in, or the page asked for again when the status
 * or deadline moved (the card may no longer pass the page's filter, nor stand where it stood). null when no card on
 * the page is that challenge.
 */
export function applyToCards<P extends { items: ChallengeCard[] }>(page: P, change: BoardChange): { view: P; refetch: false } | { refetch: true } | null {
  const card = page.items.find((c) => c.id === change.challengeId);
  if (!card) return null;
  if (moved(card.status, card.closesAt, change)) return { refetch: true };
  const items = page.items.map((c) => (c === card ? { ...c, bidCount: change.bidCount, secondsLeft: change.secondsLeft } : c));
  return { view: { ...page, items }, refetch: false };
}

/**
 * The seconds left now, counted down from what the server said at `since` (both in this browser's milliseconds): only
 * the time elapsed here is used, never this machine's date against the deadline, so a clock that is off does not move
 * the deadline shown.
 */
export const secondsLeftAt = (secondsLeft: number, since: number, now: number) =>
  Math.max(0, Number(secondsLeft) - Math.max(0, Math.floor((now - since) / 1000)));
