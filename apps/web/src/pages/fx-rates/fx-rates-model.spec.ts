import { FX_RATES_CSV_TEMPLATE, ratesByCurrency, readFxRatesCsv } from './fx-rates-model';

describe('fx rates page model', () => {
  it('groups the stored rates by currency, each oldest first', () => {
    expect(
      ratesByCurrency([
        { currency: 'SAR', date: '2019-01-01', usdPerUnit: 0.2667 },
        { currency: 'CNY', date: '2023-07-03', usdPerUnit: 0.1383 },
        { currency: 'CNY', date: '2023-06-01', usdPerUnit: 0.1406 },
      ]).map((group) => [group.currency, group.rates.map((rate) => rate.date)]),
    ).toEqual([
      ['CNY', ['2023-06-01', '2023-07-03']],
      ['SAR', ['2019-01-01']],
    ]);
  });

  it('reads its own template back as one rate', () => {
    expect(readFxRatesCsv(FX_RATES_CSV_TEMPLATE)).toEqual({
      rates: [{ currency: 'CNY', date: '2023-06-01', usdPerUnit: 0.1406 }],
      problems: [],
    });
  });

  it('names each bad rate of an upload by its line of the file, in words', () => {
    const upload = readFxRatesCsv(
      'currency,date,usd_per_unit\nCNY,2023-06-01,0.1406\n\nXYZ,2023-06-01,0.5\nCNY,2023-02-30,0.14\n',
    );
    expect(upload.rates).toEqual([]);
    expect(upload.problems).toEqual([
      'line 4: currency must be an ISO 4217 currency code, e.g. CNY',
      'line 5: date must be a real calendar date as YYYY-MM-DD',
    ]);
  });
});
