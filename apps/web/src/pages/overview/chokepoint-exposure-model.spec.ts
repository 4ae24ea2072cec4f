import type { Timeseries } from '@tradeflow/domain';
import { chokepointExposureModel } from './chokepoint-exposure-model';

const timeseries: Timeseries = {
  granularity: 'month',
  groupBy: 'chokepoint',
  groupsOverlap: true,
  overlapNote: 'shares overlap',
  metric: 'tonnes',
  buckets: ['2023-06-01', '2023-07-01', '2023-08-01'],
  labels: ['2023-06', '2023-07', '2023-08'],
  bucketLabels: ['2023-06', '2023-07', '2023-08'],
  days: [30, 31, 31],
  series: [
    { key: 'none', label: 'No chokepoint', values: [735, 30_000, 0] },
    { key: 'suez', label: 'Suez Canal / SUMED pipeline', values: [45_000, 0, 0] },
    { key: 'hormuz', label: 'Strait of Hormuz', values: [100_000, 50_000, 0] },
  ],
  totals: [145_735, 80_000, 0],
  shipmentsWithoutFxRate: 0,
  conversions: null,
};

describe('chokepoint exposure', () => {
  it('gives each chokepoint its share of the period total, Hormuz first, none where nothing arrived', () => {
    const model = chokepointExposureModel(timeseries, 'month');
    expect(model.lines.map((line) => line.key)).toEqual(['hormuz', 'suez', 'none']);
    expect(model.lines[0]?.values).toEqual([68.6, 62.5, null]);
    expect(model.lines[1]?.values).toEqual([30.9, 0, null]);
    expect(model.lines[2]?.dashed).toBe(true);
  });

  it('says in its summary that the shares overlap, and its table carries the totals', () => {
    const model = chokepointExposureModel(timeseries, 'month');
    expect(model.summary).toMatch(/^Strait of Hormuz 69% in Jun 2023|^Strait of Hormuz 69%/);
    expect(model.summary).toMatch(/Shares overlap/);
    expect(model.note).toBe('shares overlap');
    expect(model.table.rows[0]).toEqual([model.labels[0], 68.6, 30.9, 0.5, 145_735]);
  });
});
