import { alpha3ToAlpha2 } from 'i18n-iso-countries';
import { COUNTRIES, alpha3OfCountry, countryCodeOfAlpha3 } from '../codes/countries';
import { ISO_3166_1_ALPHA_3 } from '../codes/iso-3166-1-alpha-3-table';
import { isLargeGap, officialSourceProblems, reconciliationFigures } from './official-contract';

describe('ISO 3166-1 alpha-3 codes (UN Comtrade names countries by them)', () => {
  it('has one alpha-3 code for every alpha-2 code of the country table, each once', () => {
    expect(ISO_3166_1_ALPHA_3.map(([alpha2]) => alpha2)).toEqual(COUNTRIES.map((country) => country.code));
    expect(new Set(ISO_3166_1_ALPHA_3.map(([, alpha3]) => alpha3)).size).toBe(COUNTRIES.length);
  });

  it('matches i18n-iso-countries both ways', () => {
    for (const [alpha2, alpha3] of ISO_3166_1_ALPHA_3) expect(alpha3ToAlpha2(alpha3)).toBe(alpha2);
  });

  it('maps the codes of the Comtrade files, case-insensitively, and knows no World or made-up code', () => {
    expect(countryCodeOfAlpha3('PAK')).toBe('PK');
    expect(countryCodeOfAlpha3('sau')).toBe('SA');
    expect(alpha3OfCountry('IN')).toBe('IND');
    expect(countryCodeOfAlpha3('W00')).toBeUndefined();
    expect(countryCodeOfAlpha3('XYZ')).toBeUndefined();
  });
});

describe('a large gap between cargo records and official statistics', () => {
  const thresholds = { percent: 20, tonnes: 1000 };

  it('needs both more than the tonnes and more than the percentage of the official figure', () => {
    expect(isLargeGap(2500, 160_000, thresholds)).toBe(false); // 1.6%
    expect(isLargeGap(-20_000, 100_000, thresholds)).toBe(false); // exactly 20%
    expect(isLargeGap(-20_001, 100_000, thresholds)).toBe(true);
    expect(isLargeGap(-600, 2000, thresholds)).toBe(false); // 30% but 600 t
    expect(isLargeGap(45_142, 0, thresholds)).toBe(true); // no official figure at all
  });

  it('gives the difference as cargo minus official, in % of the official figure', () => {
    const figures = reconciliationFigures(
      {
        cargoTonnes: 162_500.5,
        officialTonnes: 120_000,
        cargoValueUsd: 90e6,
        officialValueUsd: 66e6,
        cargoShipments: 2,
      },
      thresholds,
    );
    expect(figures).toMatchObject({
      diffTonnes: 42_500.5,
      diffPercent: 35.42,
      diffValueUsd: 24e6,
      flagged: true,
    });
    expect(
      reconciliationFigures(
        { cargoTonnes: 5, officialTonnes: 0, cargoValueUsd: 0, officialValueUsd: 0, cargoShipments: 1 },
        thresholds,
      ).diffPercent,
    ).toBeNull();
  });
});

describe('what official statistics cannot answer', () => {
  it('names every parameter that needs the cargo records', () => {
    expect(officialSourceProblems({ groupBy: 'origin', granularity: 'month' })).toEqual([]);
    expect(
      officialSourceProblems({
        dimension: 'currency',
        mode: ['sea'],
        granularity: 'day',
        metric: 'shipments',
        q: 'x',
      }).map((problem) => problem.field),
    ).toEqual(['dimension', 'mode', 'q', 'granularity', 'metric']);
  });
});
