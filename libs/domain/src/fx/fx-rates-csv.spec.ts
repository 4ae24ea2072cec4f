import { parseFxRatesCsv } from './fx-rates-csv';

describe('fx-rate CSV upload', () => {
  it('reads rates with their line numbers (BOM, CRLF and blank lines allowed)', () => {
    const parsed = parseFxRatesCsv(
      '\uFEFFcurrency,date,usd_per_unit\r\nCNY,2023-06-01,0.1406\r\n\r\ncny,2023-07-03,0.1383\r\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rates).toEqual([
      { currency: 'CNY', date: '2023-06-01', usdPerUnit: 0.1406 },
      { currency: 'CNY', date: '2023-07-03', usdPerUnit: 0.1383 },
    ]);
    expect(parsed.lines).toEqual([2, 4]);
  });

  it('names the line of a wrong header, a short line and a number that is not plain', () => {
    expect(parseFxRatesCsv('currency;date;rate\n').errors).toEqual([
      { field: 'line 1', message: 'the header must be currency,date,usd_per_unit' },
    ]);
    const parsed = parseFxRatesCsv(
      'currency,date,usd_per_unit\nCNY,2023-06-01\nCNY,2023-06-02,0,14\nCNY,2023-06-03,1e-2\n',
    );
    expect(parsed.errors.map((error) => error.field)).toEqual(['line 2', 'line 3', 'line 4']);
    expect(parsed.rates).toEqual([]);
  });
});
