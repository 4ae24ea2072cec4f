import { barrelsPerTonneFromApiGravity, flowRatePerDay, tonnesToBarrels } from './units';

describe('units', () => {
  it('turn the first Russian cargo of 45,000 t crude into 45,000 x 7.33 = 329,850 barrels', () => {
    expect(tonnesToBarrels(45_000, 'crude_oil')).toBeCloseTo(329_850, 6);
  });

  it('turn 1,000 t of LPG into 11,600 barrels', () => {
    expect(tonnesToBarrels(1000, 'lpg')).toBeCloseTo(11_600, 9);
  });

  describe('barrels per tonne from API gravity', () => {
    it('is 1 / 0.158987 = 6.29 for water (API 10, SG 1)', () => {
      expect(barrelsPerTonneFromApiGravity(10)).toBeCloseTo(6.2898, 4);
    });

    it('is about 7.25 for a medium crude such as Urals (API 31.5, SG 0.868)', () => {
      // SG = 141.5 / 163 = 0.86810; 1 / (0.158987 x 0.86810) = 7.2455
      expect(barrelsPerTonneFromApiGravity(31.5)).toBeCloseTo(7.2455, 3);
    });

    it('is higher for lighter crude', () => {
      expect(barrelsPerTonneFromApiGravity(40)).toBeGreaterThan(barrelsPerTonneFromApiGravity(30));
    });
  });

  describe('flow rate per day', () => {
    it('spreads June 2023 imports of 595,000 t over its 30 days', () => {
      expect(flowRatePerDay(595_000, 30)).toBeCloseTo(19_833.333, 3);
    });

    it('refuses an empty period', () => {
      expect(() => flowRatePerDay(1, 0)).toThrow(RangeError);
      expect(() => flowRatePerDay(1, -1)).toThrow(RangeError);
    });
  });
});
