import { csvFileName, tableToCsv } from './table-model';

describe('table CSV', () => {
  it('writes a header and rows with RFC 4180 quoting and raw numbers', () => {
    const csv = tableToCsv({
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'sa', label: 'Saudi Arabia, tonnes', numeric: true },
      ],
      rows: [
        ['Jun 2023', 45000.5],
        ['Say "hi"', null],
      ],
    });
    expect(csv).toBe('Period,"Saudi Arabia, tonnes"\r\nJun 2023,45000.5\r\n"Say ""hi""",\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = tableToCsv({ columns: [{ key: 'x', label: 'x' }], rows: [['=SUM(A1)'], ['-2']] });
    expect(csv).toBe("x\r\n'=SUM(A1)\r\n'-2\r\n");
  });

  it('names the file after the chart and the range', () => {
    expect(csvFileName('Monthly volume by origin', '2025-11-01_2026-10-31')).toBe(
      'monthly-volume-by-origin_2025-11-01_2026-10-31.csv',
    );
  });
});
