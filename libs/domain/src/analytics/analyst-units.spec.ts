import { bucketDaysInRange, bucketLabel, previousBucket } from './buckets';
import { concentrationProfile, shareOrNull } from './concentration';
import { HHI_BAND_THRESHOLDS, hhiBandsInfo, isSignificantRise } from './hhi-bands';
import { conversionFactors, shipmentBarrelsPerTonne } from './units';

describe('barrels per tonne of a shipment', () => {
  it('is the published crude factor 7.33 without an API gravity', () => {
    expect(shipmentBarrelsPerTonne('crude_oil')).toBe(7.33);
    expect(shipmentBarrelsPerTonne('crude_oil', null)).toBe(7.33);
  });

  it('is 1 / (0.158987294928 x 141.5 / 163) = 7.2455 for Urals at API 31.5, to 4 decimals', () => {
    const sg = 141.5 / (131.5 + 31.5);
    expect(shipmentBarrelsPerTonne('crude_oil', 31.5)).toBe(
      Math.round(10_000 / (0.158987294928 * sg)) / 10_000,
    );
    expect(shipmentBarrelsPerTonne('crude_oil', 31.5)).toBe(7.2455);
  });

  it('lists the published factors with their sources', () => {
    const [crude, lpg] = conversionFactors(['crude_oil', 'lpg']);
    expect(crude).toMatchObject({ commodity: 'crude_oil', barrelsPerTonne: 7.33 });
    expect(crude?.source).toMatch(/bp Statistical Review/);
    expect(lpg).toMatchObject({ commodity: 'lpg', barrelsPerTonne: 11.6 });
    expect(conversionFactors()).toHaveLength(6);
  });
});

describe('days of a bucket inside the range', () => {
  it('are the calendar days of a whole bucket', () => {
    expect(bucketDaysInRange('2023-06-01', 'month', {})).toBe(30);
    expect(bucketDaysInRange('2024-02-01', 'month', { from: '2024-01-01', to: '2024-12-31' })).toBe(29);
    expect(bucketDaysInRange('2023-07-01', 'fiscal_year', {})).toBe(366);
    expect(bucketDaysInRange('2023-06-12', 'week', {})).toBe(7);
  });

  it('count only the days from `from` to `to` in cut edge buckets', () => {
    expect(bucketDaysInRange('2023-06-01', 'month', { from: '2023-06-11' })).toBe(20);
    expect(bucketDaysInRange('2023-06-01', 'month', { from: '2023-06-11', to: '2023-06-20' })).toBe(10);
    expect(bucketDaysInRange('2023-07-01', 'fiscal_year', { to: '2023-12-31' })).toBe(184);
    expect(bucketDaysInRange('2023-05-01', 'month', { from: '2023-06-11' })).toBe(0);
  });

  it('label Pakistan fiscal years the way the country does', () => {
    expect(bucketLabel('2023-07-01', 'fiscal_year')).toBe('FY2023-24');
    expect(bucketLabel('2023-06-30', 'fiscal_year')).toBe('FY2022-23');
    expect(bucketLabel('2023-04-01', 'fiscal_year', { fiscalYearStartMonth: 4 })).toBe('FY2023-24');
  });
});

describe('concentration profile', () => {
  it('gives top-3 share, supplier count and the WITS-normalised HHI', () => {
    // Shares 0.5, 0.2, 0.2, 0.1: HHI 2500 + 400 + 400 + 100 = 3400; normalised (0.34 - 0.25) / 0.75 = 0.12
    const profile = concentrationProfile([
      { key: 'SA', amount: 50 },
      { key: 'AE', amount: 20 },
      { key: 'KW', amount: 20 },
      { key: 'RU', amount: 10 },
      { key: 'QA', amount: 0 },
    ]);
    expect(profile.hhi).toBeCloseTo(3400, 9);
    expect(profile.topShare).toBeCloseTo(0.5, 12);
    expect(profile.top3Share).toBeCloseTo(0.9, 12);
    expect(profile.suppliers).toBe(4);
    expect(profile.normalisedHhi).toBeCloseTo(0.12, 12);
  });

  it('is empty for no volume, and the normalised HHI is null for a single supplier', () => {
    expect(concentrationProfile([])).toMatchObject({
      hhi: null,
      top3Share: null,
      suppliers: 0,
      normalisedHhi: null,
    });
    expect(concentrationProfile([{ key: 'RU', amount: 1 }])).toMatchObject({
      hhi: 10_000,
      normalisedHhi: null,
    });
    expect(shareOrNull(1, 0)).toBeNull();
  });
});

describe('HHI bands as answers name them', () => {
  it('name the 2023 set with its 1,800 and 100-point thresholds and source', () => {
    expect(hhiBandsInfo('2023')).toEqual({
      set: '2023',
      thresholds: { moderateFrom: 1000, highAbove: 1800, significantChange: 100 },
      source: HHI_BAND_THRESHOLDS['2023'].source,
    });
    expect(hhiBandsInfo('2010').thresholds).toEqual({
      moderateFrom: 1500,
      highAbove: 2500,
      significantChange: 100,
    });
  });

  it('call a rise of more than 100 points significant', () => {
    expect(isSignificantRise(100)).toBe(false);
    expect(isSignificantRise(100.01)).toBe(true);
    expect(isSignificantRise(-500)).toBe(false);
  });
});

describe('the bucket before', () => {
  it('is the whole previous month, quarter or fiscal year, even when `from` cuts the first one', () => {
    expect(previousBucket('2023-06-11', 'month')).toEqual({ from: '2023-05-01', to: '2023-05-31' });
    expect(previousBucket('2023-07-01', 'fiscal_year')).toEqual({ from: '2022-07-01', to: '2023-06-30' });
    expect(previousBucket('2024-01-03', 'week')).toEqual({ from: '2023-12-25', to: '2023-12-31' });
  });
});
