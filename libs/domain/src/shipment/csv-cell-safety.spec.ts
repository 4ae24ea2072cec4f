import fc from 'fast-check';
import { neutraliseCsvCell, restoreCsvCell } from './csv-cell-safety';

const DANGEROUS_FIRST = ['=', '+', '-', '@', '\t', '\r', '\0'];

// Strings built mostly from the characters that matter here, so the edge cases come up often.
const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\0', 'a', '1', ' ') }),
);

describe('CSV injection neutralisation', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\0x', "'\0x"],
    ["'=already", "''=already"],
    ["''", "'''"],
    ["'plain", "'plain"],
    ["'", "'"],
    ['Ust-Luga', 'Ust-Luga'],
    ['', ''],
  ])('exports %p as %p', (value, exported) => {
    expect(neutraliseCsvCell(value)).toBe(exported);
    expect(restoreCsvCell(exported)).toBe(value);
  });

  it('round-trips any string losslessly', () => {
    fc.assert(fc.property(cellText, (x) => restoreCsvCell(neutraliseCsvCell(x)) === x));
  });

  it('never exports a cell that starts with a formula character', () => {
    fc.assert(fc.property(cellText, (x) => !DANGEROUS_FIRST.includes(neutraliseCsvCell(x).charAt(0))));
  });
});
