import {
  type AnalyticsSummary,
  type ConcentrationPoint,
  conversionFactors,
  hhiBandsInfo,
  type Timeseries,
} from '@tradeflow/domain';

function point(
  period: string,
  label: string,
  hhi: number,
  hhiChange: number,
  significantRise: boolean,
): ConcentrationPoint {
  return {
    period,
    label,
    totalTonnes: 1,
    totalValueUsd: 0,
    shipmentsWithoutFxRate: 0,
    shipmentsWithoutValue: 0,
    hhi,
    effectiveSuppliers: 10000 / hhi,
    shannon: 1,
    topKey: 'SA',
    topLabel: 'Saudi Arabia',
    topShare: 0.4,
    top3Share: 0.9,
    regionGroupShare: 0.99,
    normalisedHhi: 0.15,
    suppliers: 6,
    band: 'high',
    hhiChange,
    significantRise,
    riskWeightedHhi: hhi / 2,
  };
}
import { OTHER_KEY } from '../../charts/palette';
import { computeKpis, nonUsdShare } from './kpi-tiles-model';
import { concentrationFigures, concentrationModel } from './concentration-card-model';
import { cutPeriodsNote, markIncomplete } from './period-labels';
import { groupBarsModel } from './mix-cards-model';
import { stackedVolumeModel } from './volume-card-model';
import { topSuppliers } from './top-suppliers-model';

function summary(
  groupBy: 'origin' | 'currency' | 'route',
  groups: [string, number, number][],
  hhi: number | null,
): AnalyticsSummary {
  const totalTonnes = groups.reduce((sum, [, tonnes]) => sum + tonnes, 0);
  return {
    groupBy,
    groupsOverlap: false,
    overlapNote: null,
    riskWeightedHhi: hhi === null ? null : hhi / 2,
    riskWeighting: null,
    basis: 'volume',
    bands: hhiBandsInfo('2023'),
    regionGroup: { code: 'GCC', name: 'Gulf Cooperation Council' },
    band: null,
    topShare: null,
    top3Share: null,
    regionGroupShare: null,
    normalisedHhi: null,
    suppliers: groups.length,
    conversions: {
      factors: conversionFactors(),
      apiGravityOverrides: { shipments: 0, tonnes: 0, barrels: 0 },
      apiGravityFormula: '',
    },
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
  it('reads concentration beside the HHI from the answer, and flags a significant rise', () => {
    const now = {
      ...summary(
        'origin',
        [
          ['SA', 60, 6],
          ['RU', 40, 4],
        ],
        5200,
      ),
      band: 'high' as const,
      topShare: 0.6,
      top3Share: 1,
      regionGroupShare: 0.6,
      normalisedHhi: 0.04,
    };
    const before = summary(
      'origin',
      [
        ['SA', 50, 5],
        ['AE', 50, 5],
      ],
      5000,
    );
    const figures = concentrationFigures(now, before);
    expect(figures).toMatchObject({
      hhi: 5200,
      band: 'high',
      hhiChange: 200,
      significantRise: true,
      topShare: 0.6,
      top3Share: 1,
      regionGroupShare: 0.6,
      normalisedHhi: 0.04,
      suppliers: 2,
    });
    expect(figures.bands.set).toBe('2023');
    expect(concentrationFigures(now, summary('origin', [['SA', 1, 1]], 5150)).significantRise).toBe(false);
    expect(concentrationFigures(now).hhiChange).toBeNull();
  });

  it('labels fiscal years as the API does and names the band of each point', () => {
    const model = concentrationModel(
      {
        granularity: 'fiscal_year',
        dimension: 'origin',
        riskWeighting: null,
        basis: 'volume',
        bands: hhiBandsInfo('2023'),
        regionGroup: { code: 'GCC', name: 'Gulf Cooperation Council' },
        buckets: ['2022-07-01', '2023-07-01'],
        labels: ['FY2022-23', 'FY2023-24'],
        points: [
          point('2022-07-01', 'FY2022-23', 2986.4, 15.8, false),
          point('2023-07-01', 'FY2023-24', 3120.2, 133.8, true),
        ],
      },
      'fiscal_year',
    );
    expect(model.labels).toEqual(['FY2022-23', 'FY2023-24']);
    expect(model.significantRise).toEqual([false, true]);
    expect(model.table.rows[1]?.slice(0, 5)).toEqual([
      'FY2023-24',
      3120,
      'Highly concentrated',
      133.8,
      'yes',
    ]);
    expect(model.table.columns.map((c) => c.label)).toContain('GCC share (%)');
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
      groupsOverlap: false,
      overlapNote: null,
      metric: 'tonnes',
      buckets: ['2023-06-01', '2023-07-01'],
      labels: ['2023-06', '2023-07'],
      bucketLabels: ['2023-06', '2023-07'],
      days: [30, 31],
      conversions: null,
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

  it('shows flow rates over the period and names the periods the range cuts', () => {
    const routes = summary(
      'route',
      [
        ['sea', 36500, 3],
        ['road via UZ|AF', 3650, 1],
      ],
      null,
    );
    const bars = groupBarsModel(routes, 'tpd', 'route', 365);
    expect(bars.bars.map((bar) => bar.value)).toEqual([100, 10]);
    expect(bars.table.columns[1]?.label).toBe('Flow (tonnes per day)');
    const kbd = groupBarsModel(routes, 'kbd', 'route', 365);
    expect(kbd.bars[0]?.value).toBeCloseTo((36500 * 7.33) / 365 / 1000, 6);

    const kpis = computeKpis(
      routes,
      summary('currency', [['USD', 40150, 4]], null),
      'bpd',
      undefined,
      undefined,
      365,
    );
    expect(kpis.volume).toBeCloseTo((40150 * 7.33) / 365, 6);
    expect(kpis.otherUnit).toBe('tpd');
    expect(kpis.otherUnitVolume).toBeCloseTo(110, 6);

    const fiscal: Timeseries = {
      granularity: 'fiscal_year',
      groupBy: 'origin',
      groupsOverlap: false,
      overlapNote: null,
      metric: 'kbd',
      buckets: ['2025-07-01', '2026-07-01'],
      labels: ['FY2025-26', 'FY2026-27'],
      bucketLabels: ['FY2025-26', 'FY2026-27'],
      days: [242, 123],
      conversions: null,
      series: [{ key: 'RU', label: 'Russia', values: [0.5, 1.25] }],
      totals: [0.5, 1.25],
      shipmentsWithoutFxRate: 0,
    };
    expect(cutPeriodsNote(fiscal, 'fiscal_year', 7)).toBe(
      'the period covers FY2025-26 242 of 365 days, FY2026-27 123 of 365 days',
    );
    const model = stackedVolumeModel(fiscal, 'fiscal_year', 'kbd');
    expect(model.labels).toEqual(['FY2025-26', 'FY2026-27']);
    expect(model.table.columns.at(-1)?.label).toBe('Total (thousand barrels per day)');
    expect(model.table.rows[1]).toEqual(['FY2026-27', 1.25, 1.25]);
  });
});

describe('periods not complete yet', () => {
  it('marks the flagged periods incomplete in labels (and so in the tables)', () => {
    expect(markIncomplete(['Oct 2026', 'Nov 2026', 'Dec 2026'], [false, false, true])).toEqual([
      'Oct 2026',
      'Nov 2026',
      'Dec 2026 (incomplete)',
    ]);
  });

  it('reads the changes from the complete days when given, and shows the whole period', () => {
    const whole = summary(
      'origin',
      [
        ['SA', 60, 6],
        ['US', 40, 2],
      ],
      5200,
    );
    const completeDays = summary('origin', [['SA', 55, 5]], 10000);
    const before = summary('origin', [['SA', 50, 5]], 10000);
    const currencies = summary('currency', [['USD', 100, 8]], null);
    const kpis = computeKpis(whole, currencies, 't', before, currencies, null, {
      origins: completeDays,
      currencies,
    });
    expect(kpis).toMatchObject({ volume: 100, shipments: 8, suppliers: 2, hhi: 5200 });
    expect(kpis.volumeChange).toBeCloseTo(0.1);
    expect(kpis.shipmentsChange).toBeCloseTo(0);
    expect(kpis.suppliersChange).toBe(0);
    expect(kpis.hhiChange).toBe(0);
  });
});
