import type { ShipmentFilters, ShipmentInput } from '@tradeflow/domain';

/*
 * Expected analytics computed straight from the test's own rows with plain reduce: no app code.
 * Tonnes are summed as integer kilograms, so the expected totals are exact.
 */

export type Row = ShipmentInput;

export function matching(rows: Row[], filters: ShipmentFilters = {}): Row[] {
  return rows.filter(
    (row) =>
      (!filters.from || row.arrivalDate >= filters.from) &&
      (!filters.to || row.arrivalDate <= filters.to) &&
      (!filters.origin || filters.origin.includes(row.originCountry)) &&
      (!filters.commodity || filters.commodity.includes(row.commodity)) &&
      (!filters.currency || filters.currency.includes(row.paymentCurrency ?? '')) &&
      (!filters.mode || filters.mode.includes(row.transportMode)) &&
      (!filters.status || filters.status.includes(row.status ?? 'delivered')) &&
      (!filters.destination || filters.destination.includes(destinationOf(row))),
  );
}

/** The importing country as the test data means it: given, else the port's country, else PK. */
export function destinationOf(row: Row): string {
  return row.destinationCountry ?? row.dischargePort?.slice(0, 2) ?? 'PK';
}

const REGION_OF: Record<string, string> = {
  SA: 'GCC',
  AE: 'GCC',
  KW: 'GCC',
  QA: 'GCC',
  RU: 'RUSSIA_CIS',
  IQ: 'MIDDLE_EAST_OTHER',
};

export function keyOf(row: Row, groupBy: string): string {
  switch (groupBy) {
    case 'origin':
      return row.originCountry;
    case 'currency':
      return row.paymentCurrency ?? 'none';
    case 'commodity':
      return row.commodity;
    case 'mode':
      return row.transportMode;
    case 'region':
      return REGION_OF[row.originCountry] ?? 'unmapped in test';
    case 'destination':
      return destinationOf(row);
    case 'route': {
      const transit = row.transitCountries ?? [];
      return transit.length ? `${row.transportMode} via ${transit.join('|')}` : row.transportMode;
    }
  }
  throw new Error(groupBy);
}

const kg = (tonnes: number) => Math.round(tonnes * 1000);

export function tonnesOf(rows: Row[]): number {
  return rows.reduce((sum, row) => sum + kg(row.volumeTonnes), 0) / 1000;
}

export const BARRELS_PER_TONNE: Record<string, number> = {
  crude_oil: 7.33,
  lpg: 11.6,
  diesel: 7.46,
  fuel_oil: 6.35,
};

/** Sum of per-shipment barrels rounded to 3 decimals, as stored. */
export function barrelsOf(rows: Row[]): number {
  return (
    rows.reduce(
      (sum, row) => sum + Math.round(row.volumeTonnes * (BARRELS_PER_TONNE[row.commodity] ?? NaN) * 1000),
      0,
    ) / 1000
  );
}

export function groupsOf(rows: Row[], groupBy: string): Map<string, Row[]> {
  return rows.reduce((groups, row) => {
    const key = keyOf(row, groupBy);
    groups.set(key, [...(groups.get(key) ?? []), row]);
    return groups;
  }, new Map<string, Row[]>());
}

/** HHI = sum over groups of (100 * share)^2; null when nothing. */
export function hhiOf(amounts: number[]): number | null {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (total === 0) return null;
  return amounts.reduce((sum, amount) => sum + (100 * (amount / total)) ** 2, 0);
}

export function shannonOf(amounts: number[]): number | null {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (total === 0) return null;
  return amounts
    .filter((a) => a > 0)
    .reduce((sum, amount) => sum - (amount / total) * Math.log(amount / total), 0);
}

export function monthOf(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

export function yearOf(date: string): string {
  return `${date.slice(0, 4)}-01-01`;
}

/** USD per unit on a date: USD 1, else the latest rate on or before it, else undefined. */
export function rateOn(
  rates: { currency: string; date: string; usdPerUnit: number }[],
  currency: string,
  date: string,
): number | undefined {
  if (currency === 'USD') return 1;
  const candidates = rates.filter((rate) => rate.currency === currency && rate.date <= date);
  return candidates.sort((a, b) => (a.date < b.date ? 1 : -1))[0]?.usdPerUnit;
}
