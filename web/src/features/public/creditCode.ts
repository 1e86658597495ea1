/** 统一社会信用代码 (GB 32100-2015), checked as the user types — the same rule the server applies. */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck = { state: 'empty' } | { state: 'short'; missing: number } | { state: 'chars' } | { state: 'bad' } | { state: 'ok' };

export function normaliseCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

export function checkCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * weights[i];
  }
  return alphabet[(31 - (sum % 31)) % 31];
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normaliseCreditCode(input);
  if (code.length === 0) return { state: 'empty' };
  if ([...code].some((c) => !alphabet.includes(c))) return { state: 'chars' };
  if (code.length < 18) return { state: 'short', missing: 18 - code.length };
  if (code.length > 18) return { state: 'bad' };
  return checkCharacter(code.slice(0, 17)) === code[17] ? { state: 'ok' } : { state: 'bad' };
}
