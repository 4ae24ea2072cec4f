import { columnFormats, csvFileName, tableToCsv } from './table-model';

describe('table view', () => {
  it('writes a numeric column with one number of decimals, the most precise cell’s', () => {
    const formats = columnFormats({
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'kbd', label: 'kb/d', numeric: true },
        { key: 'share', label: 'Share', numeric: true, format: (value) => `${value}%` },
      ],
      rows: [
        ['2023', 0.904, 12],
        ['2024', 1, 13.5],
        ['2025', 12345.5, null],
      ],
    });
    expect([0.904, 1, 12345.5].map((value) => formats[1]?.(value))).toEqual(['0.904', '1.000', '12,345.500']);
    expect(formats[2]?.(13.5)).toBe('13.5%');
  });
});

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
