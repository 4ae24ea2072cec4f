import { barrelsPerTonne, COMMODITIES, isCommodityCode } from './commodities';

describe('commodities', () => {
  it('cover the six commodity codes, each with an HS code and a cited barrels-per-tonne factor', () => {
    expect(COMMODITIES.map((c) => c.code).sort()).toEqual(
      ['crude_oil', 'diesel', 'fuel_oil', 'gasoline', 'jet_fuel', 'lpg'].sort(),
    );
    for (const c of COMMODITIES) {
      expect(c.hsCode).toMatch(/^27(09|10|11)/);
      expect(c.barrelsPerTonne).toBeGreaterThan(5);
      expect(c.factorSource).toMatch(/Statistical Review of World Energy/);
      expect(c.factorSource).toContain(String(c.barrelsPerTonne));
    }
  });

  it('uses the design factors for crude (7.33 bbl/t) and LPG (11.6 bbl/t)', () => {
    expect(barrelsPerTonne('crude_oil')).toBe(7.33);
    expect(barrelsPerTonne('lpg')).toBe(11.6);
  });

  it('recognises commodity codes exactly', () => {
    expect(isCommodityCode('crude_oil')).toBe(true);
    expect(isCommodityCode('Crude_Oil')).toBe(false);
    expect(isCommodityCode('crude')).toBe(false);
  });
});
