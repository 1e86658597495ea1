import i18n from '@/shared/i18n';
import { describeMove, tickerChannel, type TickerMove } from './ticker';

const names = { district: (code: string) => ({ '330203': '海曙区' })[code] ?? code, field: (code: string) => ({ '01': '电子信息' })[code] ?? code };
const now = new Date('2026-12-01T09:00:00Z');
const move: TickerMove = {
  district: '330203', flow: 'Output', technologyAmount: 120000, amount: 150000, type: 'Development', field: '01',
  confirmedOn: '2026-12-01', at: '2026-12-01T02:32:10Z',
};

describe('the bureau ticker', () => {
  it('watches the district of a district officer, the city of a city officer, nothing without a jurisdiction', () => {
    expect(tickerChannel('330203')).toBe('ticker:330203');
    expect(tickerChannel('city')).toBe('ticker:city');
    expect(tickerChannel(null)).toBeNull();
  });

  it('reads a move in Chinese: China time, district name, side, the signed 到账额 it adds, type and field', () => {
    expect(describeMove(move, i18n.getFixedT('zh-CN'), 'zh-CN', names, now)).toBe('10:32 海曙区 输出 到账额 +12万元 · 技术开发 · 电子信息');
  });

  it('shows a refund reversal as a negative move, in English too', () => {
    const reversed = { ...move, flow: 'Absorbed' as const, technologyAmount: -30000, amount: -30000 };
    expect(describeMove(reversed, i18n.getFixedT('zh-CN'), 'zh-CN', names, now)).toBe('10:32 海曙区 吸纳 到账额 -3万元 · 技术开发 · 电子信息');
    expect(describeMove(reversed, i18n.getFixedT('en'), 'en', names, now)).toBe('10:32 AM 海曙区 absorbed settled -CN¥30,000.00 · Development · 电子信息');
  });

  it('dates a move of an earlier day, as a catching-up daemon pushes them', () => {
    const older = { ...move, at: '2026-11-30T15:59:00Z' }; // 23:59 on 11-30 in China
    expect(describeMove(older, i18n.getFixedT('zh-CN'), 'zh-CN', names, now)).toBe('2026年11月30日 23:59 海曙区 输出 到账额 +12万元 · 技术开发 · 电子信息');
  });
});
