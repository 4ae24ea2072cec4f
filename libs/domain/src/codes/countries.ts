import { ISO_3166_1_ALPHA_2 } from './iso-3166-1-table';

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
