import { formatMoney, formatMoneyRange } from './money';
import { formatTimeLeft, fromCityLocalInput, toCityLocalInput } from './dates';

describe('money in 元/万元/亿元', () => {
  it('reads Chinese amounts in 万元 and 亿元', () => {
    expect(formatMoney(800_000, 'zh-CN')).toBe('80万元');
    expect(formatMoney(150_000_000, 'zh-CN')).toBe('1.5亿元');
    expect(formatMoney(3_000, 'zh-CN')).toBe('3,000元');
    expect(formatMoney(1_234_567.89, 'zh-CN', { compact: true })).toBe('123.46万元');
  });

  it('writes English amounts with the currency', () => {
    expect(formatMoney(800_000, 'en')).toBe('CN¥800,000.00');
    expect(formatMoney(800_000, 'en', { compact: true })).toBe('CN¥800K');
  });

  it('takes the JSON numbers and strings the API may send', () => {
    expect(formatMoney('2500000', 'zh-CN')).toBe('250万元');
    expect(formatMoneyRange(800_000, 1_500_000, 'zh-CN')).toBe('80万元 – 150万元');
  });
});

describe('time in China Standard Time', () => {
  it('counts down in days and hours', () => {
    expect(formatTimeLeft(3 * 86400 + 5 * 3600 + 59, 'zh-CN')).toBe('3天5小时');
    expect(formatTimeLeft(2 * 3600 + 15 * 60, 'en')).toBe('2 h 15 min');
  });

  it('reads a picked date-time as Beijing time whatever the browser zone', () => {
    expect(fromCityLocalInput('2026-12-01T09:30')).toBe('2026-12-01T01:30:00.000Z');
    expect(toCityLocalInput(new Date('2026-12-01T01:30:00Z'))).toBe('2026-12-01T09:30');
  });
});
