import { ISO_4217_CURRENCIES } from './iso-4217-table';

export interface Currency {
  code: string;
  name: string;
  minorUnits: number;
}

export const CURRENCIES: readonly Currency[] = ISO_4217_CURRENCIES.map(([code, name, minorUnits]) => ({
  code,
  name,
  minorUnits,
}));

const nameByCode = new Map(CURRENCIES.map((c) => [c.code, c.name]));

export function isCurrencyCode(code: string): boolean {
  return nameByCode.has(code);
}

export function currencyName(code: string): string | undefined {
  return nameByCode.get(code);
}
