import { HHI_BAND_THRESHOLDS, hhiBand, hhiBandUnder } from './hhi-bands';

describe('HHI concentration bands', () => {
  it.each([
    [999.99, 'unconcentrated'],
    [1000, 'moderate'],
    [1800, 'moderate'],
    [1800.01, 'high'],
    [3517, 'high'],
  ] as const)('under the 2023 guidelines (the default), %p is %p', (hhi, band) => {
    expect(hhiBand(hhi)).toBe(band);
    expect(hhiBand(hhi, '2023')).toBe(band);
  });

  it.each([
    [1499.99, 'unconcentrated'],
    [1500, 'moderate'],
    [2500, 'moderate'],
    [2500.01, 'high'],
  ] as const)('under the 2010 guidelines, %p is %p', (hhi, band) => {
    expect(hhiBand(hhi, '2010')).toBe(band);
  });

  it.each([
    [799.99, 'unconcentrated'],
    [800, 'moderate'],
    [2000, 'moderate'],
    [2000.01, 'high'],
  ] as const)('under thresholds an answer names (800 and 2,000), %p is %p', (hhi, band) => {
    expect(hhiBandUnder(hhi, { moderateFrom: 800, highAbove: 2000 })).toBe(band);
  });

  it('cite their source', () => {
    expect(HHI_BAND_THRESHOLDS['2010'].source).toMatch(/2010/);
    expect(HHI_BAND_THRESHOLDS['2023'].source).toMatch(/2023/);
  });
});
