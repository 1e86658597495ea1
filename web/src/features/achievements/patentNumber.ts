/**
 * Chinese patent and application numbers with CNIPA's check digit, as the server checks them (PatentNumber.cs): the
 * digits before the dot weighted 2,3,4,5,6,7,8,9,2,3,4,5, summed modulo 11, 10 written X. Null when the number is valid.
 */
const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function patentProblem(text: string): string | null {
  const match = /^(ZL|CN)?(\d{8}|\d{12})\.([0-9X])$/.exec(text.replace(/ /g, '').toUpperCase());
  if (!match) return 'shape';
  const sum = [...match[2]].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return check === match[3] ? null : 'check digit';
}
