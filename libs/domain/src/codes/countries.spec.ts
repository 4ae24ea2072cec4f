import { getAlpha2Codes } from 'i18n-iso-countries';
import { COUNTRIES, countryName, isCountryCode } from './countries';

describe('ISO 3166-1 country table', () => {
  it('holds all 249 officially assigned alpha-2 codes, each once, in code order', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
    expect([...codes].sort()).toEqual(codes);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.name.trim()).not.toBe('');
    }
  });

  it('matches i18n-iso-countries, less the user-assigned Kosovo code XK', () => {
    const packageCodes = Object.keys(getAlpha2Codes()).filter((c) => c !== 'XK');
    expect(COUNTRIES.map((c) => c.code).sort()).toEqual(packageCodes.sort());
  });

  it('names the supplier countries of the story with common short names', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('SA')).toBe('Saudi Arabia');
    expect(countryName('AE')).toBe('United Arab Emirates');
    expect(countryName('KW')).toBe('Kuwait');
    expect(countryName('PK')).toBe('Pakistan');
    expect(countryName('AF')).toBe('Afghanistan');
    expect(countryName('US')).toBe('United States');
    expect(countryName('IR')).toBe('Iran');
    expect(countryName('KR')).toBe('South Korea');
  });

  it('accepts only exact upper-case codes', () => {
    expect(isCountryCode('PK')).toBe(true);
    expect(isCountryCode('pk')).toBe(false);
    expect(isCountryCode('Pk')).toBe(false);
    expect(isCountryCode('XK')).toBe(false);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode('PAK')).toBe(false);
    expect(isCountryCode('')).toBe(false);
    expect(countryName('ZZ')).toBeUndefined();
  });
});
