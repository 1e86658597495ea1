import { act, renderHook } from '@testing-library/react';
import type { ChallengeCard, ChallengeView } from '@/shared/api/types';
import { applyBoardChange, applyToCards, boardChannel, secondsLeftAt, type BoardChange } from './liveBoard';
import { useSecondsLeft } from './useLiveBoard';

const id = '0193a1b2-0000-7000-8000-000000000001';
const view = {
  id, status: 'Published', bidCount: 2, secondsLeft: 3600,
  terms: { closesAt: '2026-12-31T16:00:00Z', title: '高镍正极材料长循环改性技术攻关' },
  commitments: [], winners: [],
} as unknown as ChallengeView;
const change: BoardChange = { challengeId: id, status: 'Published', bidCount: 3, closesAt: '2026-12-31T16:00:00+00:00', secondsLeft: 3500 };

describe('a challenge board on the hub', () => {
  it('is watched for every challenge but a draft', () => {
    expect(boardChannel(view)).toBe(`board:${id}`);
    expect(boardChannel({ ...view, status: 'Awarded' })).toBe(`board:${id}`);
    expect(boardChannel({ ...view, status: 'Draft' })).toBeNull();
    expect(boardChannel(undefined)).toBeNull();
  });

  it('takes the pushed bid count and time left into the page as they are, and nothing else', () => {
    const outcome = applyBoardChange(view, change);
    expect(outcome).toEqual({ view: { ...view, bidCount: 3, secondsLeft: 3500 }, refetch: false });
    // A withdrawal lowers the count the same way.
    expect(applyBoardChange(view, { ...change, bidCount: 1 })).toMatchObject({ view: { bidCount: 1 }, refetch: false });
  });

  it('asks for the page again when the status or the deadline moved, since more changed with them', () => {
    expect(applyBoardChange(view, { ...change, status: 'BiddingClosed', secondsLeft: 0 })).toEqual({ refetch: true });
    expect(applyBoardChange(view, { ...change, closesAt: '2027-01-15T16:00:00Z' })).toEqual({ refetch: true });
  });

  it('ignores another challenge\'s board', () => {
    expect(applyBoardChange(view, { ...change, challengeId: '0193a1b2-0000-7000-8000-000000000002' })).toBeNull();
  });
});

describe('a page of the board\'s cards', () => {
  const card = (n: number) => ({ id: `0193a1b2-0000-7000-8000-00000000000${n}`, status: 'Published', bidCount: n, secondsLeft: 3600, closesAt: '2026-12-31T16:00:00Z' }) as ChallengeCard;
  const page = { items: [card(1), card(2)], page: 1, pageSize: 12, total: 2 };

  it('takes a pushed count into its card only', () => {
    const outcome = applyToCards(page, { ...change, challengeId: card(2).id, bidCount: 5 });
    expect(outcome).toEqual({ view: { ...page, items: [card(1), { ...card(2), bidCount: 5, secondsLeft: 3500 }] }, refetch: false });
    expect(outcome?.refetch === false && outcome.view.items[0]).toBe(page.items[0]);
  });

  it('is asked for again when a card\'s status or deadline moved, and ignores a board not on it', () => {
    expect(applyToCards(page, { ...change, challengeId: card(1).id, status: 'BiddingClosed' })).toEqual({ refetch: true });
    expect(applyToCards(page, { ...change, challengeId: card(1).id, closesAt: '2027-01-15T16:00:00Z' })).toEqual({ refetch: true });
    expect(applyToCards(page, { ...change, challengeId: '0193a1b2-0000-7000-8000-000000000009' })).toBeNull();
  });
});

describe('the time left', () => {
  it('counts down by the time elapsed since the server said it, and stops at zero', () => {
    const since = 1_000_000;
    expect(secondsLeftAt(3600, since, since)).toBe(3600);
    expect(secondsLeftAt(3600, since, since + 61_500)).toBe(3539);
    expect(secondsLeftAt(30, since, since + 90_000)).toBe(0);
    expect(secondsLeftAt(30, since, since - 5_000)).toBe(30); // a clock that stepped back adds no time
  });

  it('ticks on screen while bidding is open, and holds still once it is not', () => {
    vi.useFakeTimers();
    try {
      const since = Date.now();
      const open = renderHook(() => useSecondsLeft(600, since, true));
      expect(open.result.current).toBe(600);
      act(() => vi.advanceTimersByTime(125_000));
      expect(open.result.current).toBe(475);
      const closed = renderHook(() => useSecondsLeft(600, since, false));
      act(() => vi.advanceTimersByTime(60_000));
      expect(closed.result.current).toBe(600);
    } finally {
      vi.useRealTimers();
    }
  });
});
