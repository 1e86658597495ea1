import type { TFunction } from 'i18next';
import type { Schemas } from '@/shared/api/types';
import { formatMoney, type Language } from '@/shared/format/money';
import { formatTime } from '@/shared/format/dates';

/**
 * A move on the bureau's ticker (hub method "ticker"): 技术交易额 recorded in a district — Output for the seller's,
 * Input for the buyer's — or reversed by a refund (negative amounts). A figure, never a list: no party, no contract.
 */
export interface TickerMove {
  district: string;
  flow: 'Output' | 'Input';
  technologyAmount: number;
  amount: number;
  type: Schemas['ContractType'];
  field: string;
  confirmedOn: string;
  at: string;
}

/** The ticker an officer watches: their district's, or the whole city's ("ticker:city"). */
export const tickerChannel = (jurisdiction: string | null) => (jurisdiction ? `ticker:${jurisdiction}` : null);

/** A move as one line: time, district, side, signed amount, contract type and field, in the reader's language. */
export function describeMove(move: TickerMove, t: TFunction, language: Language, names: { district: (code: string) => string; field: (code: string) => string }) {
  const amount = formatMoney(move.technologyAmount, language);
  return t('statistics.ticker.move', {
    time: formatTime(move.at, language),
    district: names.district(move.district),
    flow: t(`statistics.ticker.flows.${move.flow}`),
    amount: move.technologyAmount > 0 ? `+${amount}` : amount,
    type: t(`contractType.${move.type}`),
    field: names.field(move.field),
  });
}
