/** Money is CNY in yuan with at most two decimals; the API sends it as a JSON number. */
export type Language = 'zh-CN' | 'en';

const trim = (value: number, digits: number) =>
  new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);

/**
 * In Chinese, amounts are read in 元, 万元 (10⁴) and 亿元 (10⁸): 80万元, 1.5亿元. In English they are written in
 * full with the currency (CN¥800,000), or compact for cards (CN¥800K).
 */
export function formatMoney(amount: number | string | null | undefined, language: Language, options: { compact?: boolean } = {}): string {
  const value = Number(amount ?? 0);
  if (!Number.isFinite(value)) return '—';
  if (language === 'zh-CN') {
    const sign = value < 0 ? '-' : '';
    const abs = Math.abs(value);
    if (abs >= 1e8) return `${sign}${trim(abs / 1e8, 4)}亿元`;
    if (abs >= 1e4) return `${sign}${trim(abs / 1e4, options.compact ? 2 : 6)}万元`;
    return `${sign}${trim(abs, 2)}元`;
  }
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'symbol',
    notation: options.compact ? 'compact' : 'standard',
    minimumFractionDigits: options.compact ? 0 : 2,
    maximumFractionDigits: options.compact ? 1 : 2,
  }).format(value);
}

/** A budget range such as 80万–150万元 / CN¥800,000 – CN¥1,500,000. */
export function formatMoneyRange(min: number | string, max: number | string, language: Language): string {
  if (Number(min) === Number(max)) return formatMoney(min, language);
  return `${formatMoney(min, language, { compact: true })} – ${formatMoney(max, language, { compact: true })}`;
}

export function formatNumber(value: number | string, language: Language, digits = 2): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(Number(value));
}
