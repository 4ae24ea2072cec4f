import fc from 'fast-check';
import { dayNumberToIsoDate, isoDateToDayNumber, isValidIsoDate } from './iso-date';

describe('ISO calendar dates', () => {
  it.each([
    ['2023-06-15', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2023-02-29', false],
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2023-02-30', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-06-00', false],
    ['2023-6-1', false],
    ['2023-06-15T00:00:00Z', false],
    [' 2023-06-15', false],
    ['15/06/2023', false],
    ['', false],
  ])('%p is a valid YYYY-MM-DD date: %p', (s, expected) => {
    expect(isValidIsoDate(s)).toBe(expected);
  });

  it('count days from 1970-01-01 exactly as Date.UTC does, both ways', () => {
    const day = 86_400_000;
    const year1To9999 = fc.integer({ min: -719_162, max: 2_932_896 });
    fc.assert(
      fc.property(year1To9999, (n) => {
        const iso = new Date(n * day).toISOString().slice(0, 10);
        expect(dayNumberToIsoDate(n)).toBe(iso);
        expect(isoDateToDayNumber(iso)).toBe(n);
      }),
    );
  });
});
