import {
  concentrationCsvHeader,
  concentrationCsvRows,
  formatCsvNumber,
  timeseriesCsvHeader,
  timeseriesCsvRows,
} from './analytics-csv';

describe('analytics CSV', () => {
  it.each([
    [45000, 3, '45000'],
    [45000.5, 3, '45000.5'],
    [0.1 + 0.2, 6, '0.3'],
    [2500.004999, 2, '2500'],
    [123456789012345, 0, '123456789012345'],
    [-0.0000001, 3, '0'],
    [null, 3, ''],
    [Number.NaN, 3, ''],
  ])('formats %p with at most %p decimals as %p', (value, decimals, text) => {
    expect(formatCsvNumber(value, decimals)).toBe(text);
  });

  it('lays a timeseries out one line per period and group, zeros included', () => {
    const series = {
      granularity: 'month' as const,
      groupBy: 'origin' as const,
      metric: 'tonnes' as const,
      buckets: ['2023-05-01', '2023-06-01'],
      bucketLabels: ['2023-05', '2023-06'],
      series: [
        { key: 'SA', label: 'Saudi Arabia', values: [80000.25, 0] },
        { key: 'RU', label: 'Russia', values: [0, 45000] },
      ],
      totals: [80000.25, 45000],
      shipmentsWithoutFxRate: 0,
    };
    expect(timeseriesCsvHeader(series)).toEqual([
      'period',
      'period_label',
      'origin',
      'origin_label',
      'tonnes',
    ]);
    expect([...timeseriesCsvRows(series)]).toEqual([
      ['2023-05-01', '2023-05', 'SA', 'Saudi Arabia', '80000.25'],
      ['2023-05-01', '2023-05', 'RU', 'Russia', '0'],
      ['2023-06-01', '2023-06', 'SA', 'Saudi Arabia', '0'],
      ['2023-06-01', '2023-06', 'RU', 'Russia', '45000'],
    ]);
  });

  it('lays concentration out one line per period, empty indices where nothing arrived', () => {
    const series = {
      granularity: 'quarter' as const,
      dimension: 'currency' as const,
      points: [
        {
          period: '2023-04-01',
          label: '2023-Q2',
          totalTonnes: 125000,
          hhi: 5392.000000001,
          effectiveSuppliers: 1.8545994065281899,
          shannon: 0.6534264097200273,
          topKey: 'USD',
          topLabel: 'US Dollar',
          topShare: 0.64,
        },
        {
          period: '2023-07-01',
          label: '2023-Q3',
          totalTonnes: 0,
          hhi: null,
          effectiveSuppliers: null,
          shannon: null,
          topKey: null,
          topLabel: null,
          topShare: null,
        },
      ],
    };
    expect(concentrationCsvHeader(series)).toEqual([
      'period',
      'period_label',
      'total_tonnes',
      'hhi',
      'effective_suppliers',
      'shannon',
      'top_currency',
      'top_currency_label',
      'top_share',
    ]);
    expect([...concentrationCsvRows(series)]).toEqual([
      ['2023-04-01', '2023-Q2', '125000', '5392', '1.8546', '0.653426', 'USD', 'US Dollar', '0.64'],
      ['2023-07-01', '2023-Q3', '0', '', '', '', '', '', ''],
    ]);
  });
});
