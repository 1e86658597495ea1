import { checkCharacter, checkCreditCode } from './creditCode';

describe('unified social credit code, as typed', () => {
  // The demo's codes are completed by the server with the same rule (Modules/Demo/DemoCatalog.cs).
  const valid = `91330211MA2H4K7X1${checkCharacter('91330211MA2H4K7X1')}`;

  it('accepts a code whose check character matches, in any case', () => {
    expect(checkCreditCode(valid)).toEqual({ state: 'ok' });
    expect(checkCreditCode(` ${valid.toLowerCase()} `)).toEqual({ state: 'ok' });
  });

  it('says how many characters are missing while typing', () => {
    expect(checkCreditCode('9133')).toEqual({ state: 'short', missing: 14 });
  });

  it('refuses letters outside the alphabet and a wrong check character', () => {
    expect(checkCreditCode('91330211MA2H4K7XI')).toEqual({ state: 'chars' });
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(checkCreditCode(wrong)).toEqual({ state: 'bad' });
  });

  it('computes a check character of 0 when the weighted sum is a multiple of 31', () => {
    expect(checkCharacter('00000000000000000')).toBe('0');
  });
});
