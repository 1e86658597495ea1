import { patentProblem } from './patentNumber';

describe('patent numbers', () => {
  it('accepts the numbers the server accepts', () => {
    expect(patentProblem('ZL201710601862.3')).toBeNull();
    expect(patentProblem('201710601862.3')).toBeNull();
    expect(patentProblem('zl 2003 1010 2344.5')).toBeNull();
  });

  it('refuses a wrong check digit or shape', () => {
    expect(patentProblem('ZL201710601862.4')).toBe('check digit');
    expect(patentProblem('ZL2017106018.3')).toBe('shape');
  });
});
