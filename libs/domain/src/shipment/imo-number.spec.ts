import { isValidImo } from './imo-number';

describe('IMO ship numbers', () => {
  it('accept 9074729: 9*7 + 0*6 + 7*5 + 4*4 + 7*3 + 2*2 = 139, check digit 9', () => {
    expect(isValidImo('9074729')).toBe(true);
  });

  it('reject a wrong check digit', () => {
    expect(isValidImo('9074728')).toBe(false);
  });

  it.each(['', '907472', '90747290', 'IMO9074729', '907472a', ' 9074729'])('reject malformed %p', (s) => {
    expect(isValidImo(s)).toBe(false);
  });
});
