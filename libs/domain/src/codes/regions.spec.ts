import { COUNTRIES, isCountryCode } from './countries';
import { OTHER_REGION, REGIONS, regionName, regionOf } from './regions';

describe('regions', () => {
  it('partition the countries: every ISO country is in exactly one region', () => {
    for (const { code } of COUNTRIES) {
      const holders = REGIONS.filter((r) => r.countries.includes(code)).map((r) => r.code);
      expect({ code, holders }).toEqual({ code, holders: [regionOf(code)] });
    }
  });

  it('list only real country codes', () => {
    for (const region of REGIONS) for (const c of region.countries) expect(isCountryCode(c)).toBe(true);
  });

  it('define GCC as the six council members', () => {
    expect(REGIONS.find((r) => r.code === 'GCC')?.countries).toEqual(['SA', 'AE', 'KW', 'QA', 'OM', 'BH']);
  });

  it('place the countries of the story', () => {
    expect(['SA', 'AE', 'KW'].map(regionOf)).toEqual(['GCC', 'GCC', 'GCC']);
    expect(regionOf('RU')).toBe('RUSSIA_CIS');
    expect(regionOf('UZ')).toBe('RUSSIA_CIS');
    expect(regionOf('IQ')).toBe('MIDDLE_EAST_OTHER');
    expect(regionOf('PK')).toBe('SOUTH_ASIA');
    expect(regionOf('AF')).toBe('SOUTH_ASIA');
    expect(regionOf('MY')).toBe('EAST_ASIA_PACIFIC');
  });

  it('send unknown codes to OTHER and name every region', () => {
    expect(regionOf('ZZ')).toBe(OTHER_REGION);
    for (const r of REGIONS) expect(regionName(r.code)).toBe(r.name);
    expect(regionName('NOPE')).toBeUndefined();
  });
});
