import { ISO_3166_1_ALPHA_2 } from './iso-3166-1-table';
import { ISO_3166_1_ALPHA_3 } from './iso-3166-1-alpha-3-table';

export interface Country {
  code: string;
  name: string;
}

export const COUNTRIES: readonly Country[] = ISO_3166_1_ALPHA_2.map(([code, name]) => ({ code, name }));

const nameByCode = new Map(COUNTRIES.map((c) => [c.code, c.name]));

export function isCountryCode(code: string): boolean {
  return nameByCode.has(code);
}

export function countryName(code: string): string | undefined {
  return nameByCode.get(code);
}

const alpha2ByAlpha3 = new Map(ISO_3166_1_ALPHA_3.map(([alpha2, alpha3]) => [alpha3, alpha2]));
const alpha3ByAlpha2 = new Map(ISO_3166_1_ALPHA_3.map(([alpha2, alpha3]) => [alpha2, alpha3]));

/** The alpha-2 code of an ISO 3166-1 alpha-3 code (`PAK` -> `PK`), case-insensitive; undefined when unknown. */
export function countryCodeOfAlpha3(alpha3: string): string | undefined {
  return alpha2ByAlpha3.get(alpha3.trim().toUpperCase());
}

/** The ISO 3166-1 alpha-3 code of an alpha-2 code (`PK` -> `PAK`). */
export function alpha3OfCountry(code: string): string | undefined {
  return alpha3ByAlpha2.get(code);
}
