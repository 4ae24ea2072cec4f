import { COMMODITIES, countryName, currencyName, NO_CURRENCY_KEY, regionName, routeLabel } from '@tradeflow/domain';

const commodityNames = new Map(COMMODITIES.map((c) => [c.code as string, c.name]));

export const MODE_LABELS: Readonly<Record<string, string>> = {
  sea: 'Sea',
  road: 'Road',
  rail: 'Rail',
  pipeline: 'Pipeline',
};

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  contracted: 'Contracted',
  in_transit: 'In transit',
  delivered: 'Delivered',
};

export function countryLabel(code: string): string {
  return countryName(code) ?? code;
}

export function currencyLabel(code: string): string {
  if (code === NO_CURRENCY_KEY) return 'Not recorded';
  return code;
}

export function currencyLongLabel(code: string): string {
  if (code === NO_CURRENCY_KEY) return 'Not recorded';
  const name = currencyName(code);
  return name ? `${code} – ${name}` : code;
}

export function commodityLabel(code: string): string {
  return commodityNames.get(code) ?? code;
}

export function modeLabel(mode: string): string {
  return MODE_LABELS[mode] ?? mode;
}

export function regionLabel(code: string): string {
  return regionName(code) ?? code;
}

export { routeLabel };
