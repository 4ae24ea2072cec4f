import { flowRateIn, targetOutcome, validateTargetInput } from './targets';

const russianCrude = {
  name: 'Russian crude 100,000 b/d',
  kind: 'flow_rate_min',
  dimension: 'origin',
  key: 'RU',
  commodity: 'crude_oil',
  value: 100_000,
  unit: 'bbl/d',
};

const gccShare = {
  name: 'GCC share below 60%',
  kind: 'share_max',
  dimension: 'region',
  key: 'GCC',
  value: 0.6,
};

describe('policy targets', () => {
  it('accept the two examples of the issue', () => {
    expect(validateTargetInput(russianCrude)).toEqual([]);
    expect(validateTargetInput(gccShare)).toEqual([]);
    expect(validateTargetInput({ ...gccShare, unit: 'share', basis: 'value' })).toEqual([]);
  });

  it.each([
    [{ kind: 'flow_rate_exact' }, 'kind', /must be one of flow_rate_min/],
    [{ dimension: 'planet' }, 'dimension', /must be one of origin/],
    [{ key: 'XX' }, 'key', /unknown ISO 3166-1 alpha-2 country code \(for dimension origin\)/],
    [{ commodity: 'oil' }, 'commodity', /unknown commodity/],
    [{ value: 0 }, 'value', /greater than 0/],
    [{ value: '100000' }, 'value', /greater than 0/],
    [{ unit: 'share' }, 'unit', /one of bbl\/d, kb\/d, t\/d/],
    [{ unit: undefined }, 'unit', /is required for a flow-rate target/],
    [{ basis: 'value' }, 'basis', /only share targets/],
    [{ name: '' }, 'name', /is required|non-empty/],
    [{ name: 'x'.repeat(101) }, 'name', /at most 100/],
    [{ colour: 'red' }, 'colour', /unknown field/],
  ])('refuse %j naming %s', (patch, field, message) => {
    const errors = validateTargetInput({ ...russianCrude, ...patch });
    expect(errors.map((e) => e.field)).toContain(field);
    expect(errors.find((e) => e.field === field)?.message).toMatch(message);
  });

  it('refuse a share above 1', () => {
    expect(validateTargetInput({ ...gccShare, value: 60 })).toEqual([
      { field: 'value', message: 'a share is a fraction from 0 to 1 (0.6 = 60%)' },
    ]);
  });

  it('check a patch field by field', () => {
    expect(validateTargetInput({ value: 120_000 }, { partial: true })).toEqual([]);
    expect(validateTargetInput({ name: null }, { partial: true })).toEqual([
      { field: 'name', message: 'is required' },
    ]);
  });

  it('are met at or above a minimum, at or below a maximum, with the signed gap', () => {
    expect(targetOutcome('flow_rate_min', 100_000, 95_000)).toEqual({ met: false, gap: -5000 });
    expect(targetOutcome('flow_rate_min', 100_000, 100_000)).toEqual({ met: true, gap: 0 });
    expect(targetOutcome('share_max', 0.6, 0.9)).toEqual({ met: false, gap: expect.closeTo(0.3, 12) });
    expect(targetOutcome('share_max', 0.6, null)).toEqual({ met: null, gap: null });
  });

  it('turn totals into flow rates in their unit', () => {
    expect(flowRateIn('bbl/d', 3_000_000, 30)).toBe(100_000);
    expect(flowRateIn('kb/d', 3_000_000, 30)).toBe(100);
    expect(flowRateIn('t/d', 600, 30)).toBe(20);
    expect(() => flowRateIn('t/d', 1, 0)).toThrow(RangeError);
  });
});
