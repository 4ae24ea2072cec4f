import { formatScenarioExclusions, parseScenarioExclusions, scenarioFigures } from './scenario';

describe('scenario exclusions', () => {
  it('parse dimension:key items, routes with their transit countries', () => {
    const parsed = parseScenarioExclusions('origin:SA, route:road via UZ|AF,currency:CNY,currency:none');
    expect(parsed.problems).toEqual([]);
    expect(parsed.exclusions).toEqual([
      { dimension: 'origin', key: 'SA', label: 'Saudi Arabia' },
      { dimension: 'route', key: 'road via UZ|AF', label: 'Road via Uzbekistan → Afghanistan' },
      { dimension: 'currency', key: 'CNY', label: 'Yuan Renminbi' },
      { dimension: 'currency', key: 'none', label: 'Not recorded' },
    ]);
  });

  it('count a repeated item once', () => {
    expect(parseScenarioExclusions('origin:SA,origin:SA').exclusions).toHaveLength(1);
  });

  it('name every bad item with its position', () => {
    const { problems } = parseScenarioExclusions('origin:XX,planet:Mars,SA,,region:GCC');
    expect(problems).toEqual([
      'item 1 "origin:XX": unknown ISO 3166-1 alpha-2 country code',
      'item 2 "planet:Mars": unknown dimension "planet" (one of origin, currency, commodity, mode, region, route, destination, chokepoint)',
      'item 3 "SA": expected dimension:key, e.g. origin:SA',
      'item 4 "": expected dimension:key, e.g. origin:SA',
    ]);
  });

  it('refuse more than 100 items', () => {
    const text = Array.from({ length: 101 }, () => 'origin:SA').join(',');
    expect(parseScenarioExclusions(text).problems[0]).toMatch(/at most 100/);
  });

  it('format back to the parameter', () => {
    const text = 'origin:SA,route:road via UZ|AF';
    expect(formatScenarioExclusions(parseScenarioExclusions(text).exclusions)).toBe(text);
  });
});

describe('scenario figures', () => {
  describe('June 2023 (SA 300,000 t, AE 150,000 t, KW 100,000 t, RU 45,000 t) with Saudi supply cut', () => {
    // At risk: 300,000 of 595,000 t = 50.42%. What remains: AE 150, KW 100, RU 45 (295,000 t).
    // HHI after = 10,000 * (150^2 + 100^2 + 45^2) / 295^2 = 10,000 * 34,525 / 87,025 = 3,967.2508
    // effective suppliers after = 87,025 / 34,525 = 2.5206; before: 3,517.41 (see concentration.spec).
    const june = [
      { key: 'SA', tonnes: 300_000, atRiskTonnes: 300_000 },
      { key: 'AE', tonnes: 150_000, atRiskTonnes: 0 },
      { key: 'KW', tonnes: 100_000, atRiskTonnes: 0 },
      { key: 'RU', tonnes: 45_000, atRiskTonnes: 0 },
    ];
    const figures = scenarioFigures(
      { totalTonnes: 595_000, atRiskTonnes: 300_000, shipmentsAtRisk: 4 },
      june,
    );

    it('puts half the volume at risk', () => {
      expect(figures.atRiskShare).toBeCloseTo(300 / 595, 12);
      expect(figures.remainingTonnes).toBe(295_000);
      expect(figures.shipmentsAtRisk).toBe(4);
    });

    it('leaves the UAE on top and supply still highly concentrated', () => {
      expect(figures.hhiBefore).toBeCloseTo(3517.407, 3);
      expect(figures.hhiAfter).toBeCloseTo(3967.2508, 3);
      expect(figures.effectiveSuppliersAfter).toBeCloseTo(2.520637, 5);
      expect(figures.topKeyAfter).toBe('AE');
      expect(figures.topShareAfter).toBeCloseTo(150 / 295, 12);
    });
  });

  it('counts a partly hit group (Russian crude paid in yuan cut, Russian LPG not) by what is left of it', () => {
    // RU 45,000 t of which 40,000 t in CNY cut; SA 5,000 t. After: RU 5,000, SA 5,000 -> HHI 5,000.
    const figures = scenarioFigures({ totalTonnes: 50_000, atRiskTonnes: 40_000, shipmentsAtRisk: 1 }, [
      { key: 'RU', tonnes: 45_000, atRiskTonnes: 40_000 },
      { key: 'SA', tonnes: 5_000, atRiskTonnes: 0 },
    ]);
    expect(figures.hhiAfter).toBe(5000);
    expect(figures.effectiveSuppliersAfter).toBe(2);
    expect(figures.atRiskShare).toBe(0.8);
  });

  it('has nothing left to measure when everything is cut', () => {
    const figures = scenarioFigures({ totalTonnes: 10, atRiskTonnes: 10, shipmentsAtRisk: 1 }, [
      { key: 'SA', tonnes: 10, atRiskTonnes: 10 },
    ]);
    expect(figures).toMatchObject({ atRiskShare: 1, remainingTonnes: 0, hhiBefore: 10_000, hhiAfter: null });
    expect(figures.effectiveSuppliersAfter).toBeNull();
  });

  it('is zeros and nulls for an empty period, never NaN', () => {
    expect(scenarioFigures({ totalTonnes: 0, atRiskTonnes: 0, shipmentsAtRisk: 0 }, [])).toEqual({
      totalTonnes: 0,
      atRiskTonnes: 0,
      atRiskShare: null,
      remainingTonnes: 0,
      shipmentsAtRisk: 0,
      hhiBefore: null,
      effectiveSuppliersBefore: null,
      hhiAfter: null,
      effectiveSuppliersAfter: null,
      shannonAfter: null,
      topKeyAfter: null,
      topShareAfter: null,
    });
  });

  it('keeps the remaining volume exact to the kilogram', () => {
    const figures = scenarioFigures({ totalTonnes: 12.345, atRiskTonnes: 0.001, shipmentsAtRisk: 1 }, []);
    expect(figures.remainingTonnes).toBe(12.344);
  });
});
