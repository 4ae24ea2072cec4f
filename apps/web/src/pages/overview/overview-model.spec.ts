import type { AnalyticsSummary, Timeseries } from '@tradeflow/domain';
import { OTHER_KEY } from '../../charts/palette';
import { bandOf, computeKpis, nonUsdShare, stackedVolumeModel, topSuppliers } from './overview-model';

function summary(
  groupBy: 'origin' | 'currency',
  groups: [string, number, number][],
  hhi: number | null,
): AnalyticsSummary {
  const totalTonnes = groups.reduce((sum, [, tonnes]) => sum + tonnes, 0);
  return {
    groupBy,
    totalTonnes,
    totalBarrels: totalTonnes * 7.33,
    shipmentCount: groups.reduce((sum, [, , shipments]) => sum + shipments, 0),
    hhi,
    effectiveSuppliers: hhi === null ? null : 10000 / hhi,
    shannon: null,
    totalValueUsd: 0,
    shipmentsWithoutFxRate: 0,
    shipmentsWithoutValue: 0,
    groups: groups.map(([key, tonnes, shipments]) => ({
      key,
      label: key,
      tonnes,
      barrels: tonnes * 7.33,
      shipments,
      share: tonnes / totalTonnes,
      valueUsd: 0,
      valueShare: 0,
    })),
  };
}

describe('overview figures', () => {
  it('uses the issue bands for HHI', () => {
    expect(bandOf(1499)).toBe('unconcentrated');
    expect(bandOf(1500)).toBe('moderate');
    expect(bandOf(2500)).toBe('moderate');
    expect(bandOf(2501)).toBe('high');
  });

  it('counts volume paid in a recorded currency other than USD', () => {
    const currencies = summary(
      'currency',
      [
        ['USD', 60, 6],
        ['CNY', 30, 3],
        ['none', 10, 1],
      ],
      null,
    );
    expect(nonUsdShare(currencies).share).toBeCloseTo(0.3);
    expect(nonUsdShare(currencies).notRecorded).toBeCloseTo(0.1);
  });

  it('compares with the previous period when it had shipments', () => {
    const now = summary(
      'origin',
      [
        ['SA', 50, 5],
        ['RU', 50, 5],
      ],
      5000,
    );
    const before = summary('origin', [['SA', 80, 8]], 10000);
    const currencies = summary('currency', [['USD', 100, 10]], null);
    const kpis = computeKpis(now, currencies, 't', before, currencies);
    expect(kpis).toMatchObject({
      volume: 100,
      shipments: 10,
      suppliers: 2,
      suppliersChange: 1,
      hhiChange: -5000,
    });
    expect(kpis.volumeChange).toBeCloseTo(0.25);
    expect(kpis.effectiveSuppliersChange).toBeCloseTo(1);
    const empty = summary('origin', [], null);
    expect(computeKpis(now, currencies, 't', empty, currencies).volumeChange).toBeNull();
  });

  it('marks suppliers that are new against the previous period', () => {
    const now = summary(
      'origin',
      [
        ['SA', 50, 5],
        ['RU', 50, 5],
      ],
      5000,
    );
    const before = summary('origin', [['SA', 80, 8]], 10000);
    const { rows, table } = topSuppliers(now, 't', before);
    expect(rows.map((row) => [row.key, row.previousShare])).toEqual([
      ['SA', 1],
      ['RU', 0],
    ]);
    expect(table.rows[0]).toEqual([
      '1',
      'Saudi Arabia',
      'SA',
      'Gulf Cooperation Council',
      50,
      50,
      5,
      100,
      -50,
    ]);
  });

  it('stacks the largest origins and folds the rest into Other, with a total column', () => {
    const timeseries: Timeseries = {
      granularity: 'month',
      groupBy: 'origin',
      metric: 'tonnes',
      buckets: ['2023-06-01', '2023-07-01'],
      bucketLabels: ['2023-06', '2023-07'],
      series: ['SA', 'AE', 'KW', 'QA', 'OM', 'RU', 'IQ', 'NG', 'US'].map((key, i) => ({
        key,
        label: key,
        values: [100 - i, 50],
      })),
      totals: [],
      shipmentsWithoutFxRate: 0,
    };
    const model = stackedVolumeModel(timeseries, 'month', 't');
    expect(model.labels).toEqual(['Jun 2023', 'Jul 2023']);
    expect(model.series.map((s) => s.key)).toEqual(['SA', 'AE', 'KW', 'QA', 'OM', 'RU', 'IQ', OTHER_KEY]);
    expect(model.series.at(-1)?.values).toEqual([92 + 93, 100]);
    expect(model.table.columns.at(-1)?.label).toBe('Total (tonnes)');
    expect(model.table.rows[0]?.at(-1)).toBe(100 + 99 + 98 + 97 + 96 + 95 + 94 + 93 + 92);
  });
});
