import {
  COMMODITIES,
  countryName,
  currencyName,
  NO_CURRENCY_KEY,
  NOT_RECORDED_LABEL,
  regionName,
  routeLabel,
} from '@tradeflow/domain';

const commodityNames = new Map(COMMODITIES.map((c) => [c.code as string, c.name]));

export const MODE_LABELS: Readonly<Record<string, string>> = {
  sea: 'Sea',
  road: 'Road',
  rail: 'Rail',
  pipeline: 'Pipeline',
};

/** Delivery terms as a person reads them. */
export const PRICE_BASIS_LABELS: Readonly<Record<string, string>> = {
  FOB: 'FOB (free on board)',
  CFR: 'CFR (cost and freight)',
  CIF: 'CIF (cost, insurance, freight)',
  DES: 'DES (delivered ex ship)',
  unknown: NOT_RECORDED_LABEL,
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
  if (code === NO_CURRENCY_KEY) return NOT_RECORDED_LABEL;
  return code;
}

export function currencyLongLabel(code: string): string {
  if (code === NO_CURRENCY_KEY) return NOT_RECORDED_LABEL;
  const name = currencyName(code);
  return name ? `${code} – ${name}` : code;
}

const COMMODITY_SHORT: Readonly<Record<string, string>> = {
  crude_oil: 'Crude oil',
  lpg: 'LPG',
  diesel: 'Diesel',
  gasoline: 'Gasoline',
  fuel_oil: 'Fuel oil',
  jet_fuel: 'Jet fuel',
};

/** Short names for narrow table columns ('LPG' rather than 'Liquefied petroleum gas'). */
export function commodityShortLabel(code: string): string {
  return COMMODITY_SHORT[code] ?? commodityLabel(code);
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
