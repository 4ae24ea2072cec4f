import {
  concentrationOf,
  effectiveSuppliers,
  herfindahlIndex,
  normalisedHhi,
  shannonIndex,
  sharesOf,
} from './concentration';

describe('concentration of supply', () => {
  describe('with one supplier', () => {
    it('is a monopoly: HHI 10,000, one effective supplier, Shannon 0', () => {
      expect(concentrationOf([{ key: 'SA', amount: 100 }])).toEqual({
        hhi: 10_000,
        effectiveSuppliers: 1,
        shannon: 0,
        topKey: 'SA',
        topShare: 1,
      });
    });
  });

  describe('with two equal suppliers', () => {
    it('has HHI 50^2 + 50^2 = 5,000, two effective suppliers, Shannon ln 2', () => {
      const c = concentrationOf([
        { key: 'SA', amount: 500 },
        { key: 'AE', amount: 500 },
      ]);
      expect(c.hhi).toBe(5000);
      expect(c.effectiveSuppliers).toBe(2);
      expect(c.shannon).toBeCloseTo(Math.LN2, 12);
      expect(c.topShare).toBe(0.5);
    });

    it('breaks the tie for the top supplier by key order', () => {
      const c = concentrationOf([
        { key: 'SA', amount: 500 },
        { key: 'AE', amount: 500 },
      ]);
      expect(c.topKey).toBe('AE');
    });
  });

  describe('with three suppliers at 50/30/20 percent', () => {
    it('has HHI 2500 + 900 + 400 = 3,800 and 10000/3800 = 2.63 effective suppliers', () => {
      const c = concentrationOf([
        { key: 'SA', amount: 50 },
        { key: 'AE', amount: 30 },
        { key: 'KW', amount: 20 },
      ]);
      expect(c.hhi).toBeCloseTo(3800, 9);
      expect(c.effectiveSuppliers).toBeCloseTo(2.6315789, 6);
      // -(0.5 ln 0.5 + 0.3 ln 0.3 + 0.2 ln 0.2) = 0.34657 + 0.36119 + 0.32189
      expect(c.shannon).toBeCloseTo(1.029653, 6);
      expect(c).toMatchObject({ topKey: 'SA', topShare: 0.5 });
    });
  });

  describe('in the story month, June 2023', () => {
    // SA 300,000 t, AE 150,000 t, KW 100,000 t, RU 45,000 t: total 595,000 t.
    // HHI = 10,000 * (300^2 + 150^2 + 100^2 + 45^2) / 595^2 = 10,000 * 124,525 / 354,025 = 3,517.41
    // effective suppliers = 354,025 / 124,525 = 2.843
    // Shannon = -(0.50420 ln 0.50420 + 0.25210 ln 0.25210 + 0.16807 ln 0.16807 + 0.07563 ln 0.07563)
    //         = 0.34527 + 0.34735 + 0.29973 + 0.19529 = 1.18764
    const june2023 = [
      { key: 'SA', amount: 300_000 },
      { key: 'AE', amount: 150_000 },
      { key: 'KW', amount: 100_000 },
      { key: 'RU', amount: 45_000 },
    ];

    it('is highly concentrated on Saudi Arabia', () => {
      const c = concentrationOf(june2023);
      expect(c.hhi).toBeCloseTo(3517.407, 3);
      expect(c.effectiveSuppliers).toBeCloseTo(2.843003, 5);
      expect(c.shannon).toBeCloseTo(1.187642, 5);
      expect(c.topKey).toBe('SA');
      expect(c.topShare).toBeCloseTo(300 / 595, 12);
    });

    it("gives Russia's first cargo a 7.6% share", () => {
      expect(sharesOf(june2023.map((g) => g.amount))[3]).toBeCloseTo(45 / 595, 12);
    });
  });

  describe('with nothing to measure', () => {
    it('is all null for no groups or a zero total, never NaN', () => {
      const nothing = { hhi: null, effectiveSuppliers: null, shannon: null, topKey: null, topShare: null };
      expect(concentrationOf([])).toEqual(nothing);
      expect(concentrationOf([{ key: 'SA', amount: 0 }])).toEqual(nothing);
    });

    it('has empty or zero shares', () => {
      expect(sharesOf([])).toEqual([]);
      expect(sharesOf([0, 0])).toEqual([0, 0]);
      expect(herfindahlIndex([])).toBe(0);
      expect(shannonIndex([])).toBe(0);
    });

    it('has no effective number of suppliers', () => {
      expect(effectiveSuppliers(0)).toBeNull();
      expect(effectiveSuppliers(null)).toBeNull();
    });
  });

  it('adds up a key that appears twice and lets zero-share suppliers count for nothing', () => {
    const c = concentrationOf([
      { key: 'SA', amount: 250 },
      { key: 'AE', amount: 500 },
      { key: 'SA', amount: 250 },
      { key: 'KW', amount: 0 },
    ]);
    expect(c).toMatchObject({ hhi: 5000, effectiveSuppliers: 2, topKey: 'AE' });
    expect(c.shannon).toBeCloseTo(Math.LN2, 12);
  });

  it('refuses negative or non-finite amounts', () => {
    expect(() => sharesOf([1, -1])).toThrow(RangeError);
    expect(() => sharesOf([Number.NaN])).toThrow(RangeError);
  });

  describe('normalised HHI (0..1 for n suppliers)', () => {
    it('is 0 for equal shares and 1 for a monopoly among n', () => {
      expect(normalisedHhi(5000, 2)).toBe(0);
      expect(normalisedHhi(10_000, 4)).toBe(1);
    });

    it('is (0.38 - 1/3) / (1 - 1/3) = 0.07 for 50/30/20', () => {
      expect(normalisedHhi(3800, 3)).toBeCloseTo(0.07, 12);
    });

    it('is undefined (null) for a single supplier or no HHI', () => {
      expect(normalisedHhi(10_000, 1)).toBeNull();
      expect(normalisedHhi(null, 3)).toBeNull();
    });
  });
});
