import { useTranslation } from 'react-i18next';
import { formatMoney, formatMoneyRange, formatNumber, type Language } from './money';
import { formatDate, formatDateTime, formatTime, formatTimeLeft } from './dates';

/** Formatting in the user's language, for components. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return {
    language,
    money: (amount: number | string | null | undefined, compact = false) => formatMoney(amount, language, { compact }),
    moneyRange: (min: number | string, max: number | string) => formatMoneyRange(min, max, language),
    number: (value: number | string, digits = 2) => formatNumber(value, language, digits),
    date: (value: string | null | undefined) => formatDate(value, language),
    dateTime: (value: string | null | undefined) => formatDateTime(value, language),
    time: (value: string | null | undefined) => formatTime(value, language),
    timeLeft: (seconds: number | string) => formatTimeLeft(seconds, language),
  };
}
