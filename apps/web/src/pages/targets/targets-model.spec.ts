import type { Target, TargetProgress } from '@tradeflow/domain';
import {
  describeTarget,
  EMPTY_TARGET,
  formatGap,
  formatTargetTick,
  formatTargetValue,
  progressModel,
  targetFormValues,
  toTargetInput,
} from './targets-model';
import { formatShare } from '../../format/numbers';

const russianCrude: Target = {
  id: 't1',
  name: 'Russian crude 100,000 b/d',
  kind: 'flow_rate_min',
  dimension: 'origin',
  key: 'RU',
  keyLabel: 'Russia',
  commodity: 'crude_oil',
  value: 100000,
  unit: 'bbl/d',
  basis: 'volume',
  notes: null,
  createdAt: '',
  updatedAt: '',
};

const gccShare: Target = {
  ...russianCrude,
  id: 't2',
  name: 'GCC share below 60%',
  kind: 'share_max',
  dimension: 'region',
  key: 'GCC',
  keyLabel: 'Gulf Cooperation Council',
  commodity: null,
  value: 0.6,
  unit: 'share',
};

describe('targets', () => {
  it('says what a target asks for, in its unit', () => {
    expect(describeTarget(russianCrude)).toBe('Russia, crude oil: at least 100,000 b/d');
    expect(describeTarget(gccShare)).toBe(
      'Gulf Cooperation Council: a share of at most 60.0% of imports by volume',
    );
    expect(formatTargetValue(903.699, 'bbl/d')).toBe('903.7 b/d');
    expect(formatTargetValue(0.903699, 'kb/d')).toBe('0.904 kb/d');
    expect(formatGap(-99096.301, 'bbl/d')).toBe('\u221299,096 b/d');
    expect(formatGap(0.396, 'share')).toBe('+39.6 pp');
    expect(formatTargetTick(0, 'bbl/d')).toBe('0 b/d');
    expect(formatTargetTick(60, 'share')).toBe('60%');
  });

  it('charts progress per fiscal year and tables actual, target, met and gap as the API gives them', () => {
    const progress: TargetProgress = {
      target: russianCrude,
      granularity: 'fiscal_year',
      periods: [
        {
          period: '2022-07-01',
          label: 'FY2022-23',
          days: 365,
          actual: 903.699,
          target: 100000,
          met: false,
          gap: -99096.301,
        },
        {
          period: '2023-07-01',
          label: 'FY2023-24',
          days: 366,
          actual: 1001.366,
          target: 100000,
          met: false,
          gap: -98998.634,
        },
      ],
      total: { days: 731, actual: 952.599, target: 100000, met: false, gap: -99047.401 },
      conversions: null,
    };
    const model = progressModel(progress, 'fiscal_year');
    expect(model.labels).toEqual(['FY2022-23', 'FY2023-24']);
    expect(model.actual).toEqual([903.699, 1001.366]);
    expect(model).toMatchObject({ target: 100000, metCount: 0, measured: 2 });
    expect(model.table.rows[0]).toEqual(['FY2022-23', 365, 903.699, 100000, 'not met', -99096.301]);
  });

  it('writes every rate of the progress table with the same decimals', () => {
    const progress: TargetProgress = {
      target: { ...russianCrude, unit: 'kb/d', value: 100 },
      granularity: 'fiscal_year',
      periods: [
        {
          period: '2022-07-01',
          label: 'FY2022-23',
          days: 365,
          actual: 0.903699,
          target: 100,
          met: false,
          gap: -99.096301,
        },
        { period: '2023-07-01', label: 'FY2023-24', days: 366, actual: 1, target: 100, met: false, gap: -99 },
      ],
      total: { days: 731, actual: 0.95, target: 100, met: false, gap: -99.05 },
      conversions: null,
    };
    const { table } = progressModel(progress, 'fiscal_year');
    const texts = table.rows.map((row) =>
      [2, 3, 5].map((index) => table.columns[index]?.format?.(row[index] as number)),
    );
    expect(texts).toEqual([
      ['0.904 kb/d', '100.000 kb/d', '\u221299.096 kb/d'],
      ['1.000 kb/d', '100.000 kb/d', '\u221299.000 kb/d'],
    ]);
  });

  it('rounds a share once, as the overview does: 0.99547 reads 99.5%', () => {
    const progress: TargetProgress = {
      target: gccShare,
      granularity: 'fiscal_year',
      periods: [
        {
          period: '2023-07-01',
          label: 'FY2023-24',
          days: 366,
          actual: 0.99547,
          target: 0.6,
          met: false,
          gap: 0.39547,
        },
      ],
      total: { days: 366, actual: 0.99547, target: 0.6, met: false, gap: 0.39547 },
      conversions: null,
    };
    const { table } = progressModel(progress, 'fiscal_year');
    const row = table.rows[0] as number[];
    expect(table.columns[2]?.format?.(row[2] as number)).toBe('99.5%');
    expect(table.columns[2]?.format?.(row[2] as number)).toBe(formatShare(0.99547));
    expect(table.columns[5]?.format?.(row[5] as number)).toBe('+39.5 pp');
  });

  it('shows shares in percent on the chart and keeps the fractions in the table', () => {
    const progress: TargetProgress = {
      target: gccShare,
      granularity: 'year',
      periods: [
        {
          period: '2024-01-01',
          label: '2024',
          days: 366,
          actual: 0.995,
          target: 0.6,
          met: false,
          gap: 0.395,
        },
      ],
      total: { days: 366, actual: 0.995, target: 0.6, met: false, gap: 0.395 },
      conversions: null,
    };
    const model = progressModel(progress, 'year');
    expect(model.actual).toEqual([99.5]);
    expect(model.target).toBe(60);
    expect(model.table.rows[0]?.[2]).toBe(0.995);
  });

  it('takes a share in percent in the form and sends a fraction', () => {
    const values = { ...targetFormValues(gccShare), value: '55' };
    expect(targetFormValues(gccShare).value).toBe('60');
    expect(toTargetInput(values)).toEqual({
      name: 'GCC share below 60%',
      kind: 'share_max',
      dimension: 'region',
      key: 'GCC',
      commodity: null,
      value: 0.55,
      unit: 'share',
      basis: 'volume',
      notes: null,
    });
    expect(
      toTargetInput({
        ...EMPTY_TARGET,
        name: ' Russian crude ',
        key: 'ru',
        commodity: 'crude_oil',
        value: '100,000',
      }),
    ).toMatchObject({ name: 'Russian crude', key: 'RU', value: 100000, unit: 'bbl/d', basis: 'volume' });
    expect(toTargetInput({ ...EMPTY_TARGET, value: 'lots' }).value).toBe('lots');
  });
});
