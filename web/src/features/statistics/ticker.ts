import type { TFunction } from 'i18next';
import type { Schemas } from '@/shared/api/types';
import type { Flow } from './queries';
import { formatMoney, type Language } from '@/shared/format/money';
import { formatDateTime, formatTime, toCityLocalInput } from '@/shared/format/dates';

/**
 * A move on the bureau's ticker (hub method "ticker"): a payment's technology share confirmed in a district — the
 * dashboard's 到账额 (Settled) — Output (输出) for the seller's district, Absorbed (吸纳) for the buyer's, as the statistics' directions, or taken back by a
 * refund (negative amounts). A figure, never a list: no party, no contract.
 */
export interface TickerMove {
  district: string;
  flow: Flow;
  technologyAmount: number;
  amount: number;
  type: Schemas['ContractType'];
  field: string;
  confirmedOn: string;
  at: string;
}

/** The ticker an officer watches: their district's, or the whole city's ("ticker:city"). */
export const tickerChannel = (jurisdiction: string | null) => (jurisdiction ? `ticker:${jurisdiction}` : null);

const cityDay = (instant: Date) => toCityLocalInput(instant).slice(0, 10);

/**
 * A move as one line: time, district, side, the signed 到账额 it adds, contract type and field, in the reader's language.
 * The time is of day for today's moves, with the date for one of an earlier day (committed before midnight, pushed after).
 */
export function describeMove(
  move: TickerMove, t: TFunction, language: Language, names: { district: (code: string) => string; field: (code: string) => string }, now = new Date(),
) {
  const amount = formatMoney(move.technologyAmount, language);
  const today = cityDay(new Date(move.at)) === cityDay(now);
  return t('statistics.ticker.move', {
    time: today ? formatTime(move.at, language) : formatDateTime(move.at, language),
    district: names.district(move.district),
    flow: t(`statistics.ticker.flows.${move.flow}`),
    amount: move.technologyAmount > 0 ? `+${amount}` : amount,
    type: t(`contractType.${move.type}`),
    field: names.field(move.field),
  });
}
