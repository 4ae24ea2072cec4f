import {
  type Granularity,
  GRANULARITIES,
  isCommodityCode,
  isCountryCode,
  isCurrencyCode,
  isTransportMode,
} from '@tradeflow/domain';
import { isoDate } from '../format/dates';
import { type DisplayUnit, isDisplayUnit } from '../format/units';
import {
  type DateRange,
  lastCompleteMonths,
  presetRange,
  RELATIVE_PERIODS,
  type RelativePeriod,
} from './date-ranges';

/** Every bucket the API offers: day, ISO week, month, quarter, year and fiscal year. */
export const DASHBOARD_GRANULARITIES: readonly Granularity[] = GRANULARITIES;
export type DashboardGranularity = Granularity;

/**
 * The global filters every page reads from the URL. `range` says how the dates were chosen:
 * 'default' (no dates in the URL: the last 12 complete months), 'all' (range=all), 'relative'
 * (`period=last_3_years`: resolved on the day the page opens, so a shared link rolls forward) or
 * 'custom' (from/to).
 */
export interface DashboardFilters {
  range: 'default' | 'all' | 'relative' | 'custom';
  /** With range 'relative': which period. */
  period?: RelativePeriod;
  from: string | null;
  to: string | null;
  commodity: string[];
  origin: string[];
  currency: string[];
  mode: string[];
  /**
   * The importing country whose imports the view shows (`destination=PK` in the URL), ALL_IMPORTERS
   * (`destination=all`: shares across importers), or null: none in the URL, the server's HOME_COUNTRY.
   */
  destination: string | null;
  granularity: DashboardGranularity;
  /** Totals (t, bbl) or flow rates over each period's days (t/d, b/d, kb/d). */
  units: DisplayUnit;
}

export const DEFAULT_FILTERS: DashboardFilters = {
  range: 'default',
  from: null,
  to: null,
  commodity: [],
  origin: [],
  currency: [],
  mode: [],
  destination: null,
  granularity: 'month',
  units: 't',
};

/** `destination=all`: every importer together, shares and HHI computed across them. */
export const ALL_IMPORTERS = 'all';

/** Every URL parameter the global filters own (pages keep their own parameters beside these). */
export const FILTER_PARAMS = [
  'from',
  'to',
  'range',
  'period',
  'commodity',
  'origin',
  'currency',
  'mode',
  'destination',
  'granularity',
  'units',
] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string | null): string | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoDate(year, month, day) : null;
}

function codeList(params: URLSearchParams, name: string, isValid: (code: string) => boolean, upper: boolean) {
  const raw = params.get(name);
  if (!raw) return [];
  const codes = raw
    .split(',')
    .map((code) => (upper ? code.trim().toUpperCase() : code.trim()))
    .filter((code) => code !== '' && isValid(code));
  return [...new Set(codes)];
}

function importerOf(raw: string | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (value.toLowerCase() === ALL_IMPORTERS) return ALL_IMPORTERS;
  return isCountryCode(value.toUpperCase()) ? value.toUpperCase() : null;
}

/** The importer a view shows: the one in the URL, else the server's home country (null until known). */
export function resolveImporter(filters: DashboardFilters, homeCountry: string | null): string | null {
  return filters.destination ?? homeCountry;
}

/** Reads the filters from a query string; anything malformed or unknown is ignored, never an error. */
export function parseFilters(params: URLSearchParams): DashboardFilters {
  let from = validDate(params.get('from'));
  let to = validDate(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const granularity = params.get('granularity');
  const period = RELATIVE_PERIODS.find((known) => known.id === params.get('period'))?.id;
  const range =
    params.get('range') === 'all' ? 'all' : period ? 'relative' : from || to ? 'custom' : 'default';
  return {
    range,
    ...(range === 'relative' ? { period } : {}),
    from: range === 'custom' ? from : null,
    to: range === 'custom' ? to : null,
    commodity: codeList(params, 'commodity', isCommodityCode, false),
    origin: codeList(params, 'origin', isCountryCode, true),
    currency: codeList(params, 'currency', isCurrencyCode, true),
    mode: codeList(params, 'mode', isTransportMode, false),
    destination: importerOf(params.get('destination')),
    granularity: (DASHBOARD_GRANULARITIES as readonly string[]).includes(granularity ?? '')
      ? (granularity as DashboardGranularity)
      : 'month',
    units: isDisplayUnit(params.get('units')) ? (params.get('units') as DisplayUnit) : 't',
  };
}

/**
 * Writes the filters into `base` (other parameters kept, filter parameters replaced), leaving out
 * defaults so the default view has a clean URL. Parameters come in a fixed order.
 */
export function writeFilters(filters: DashboardFilters, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.range === 'all') params.set('range', 'all');
  if (filters.range === 'relative' && filters.period) params.set('period', filters.period);
  if (filters.range === 'custom') {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  }
  if (filters.commodity.length) params.set('commodity', filters.commodity.join(','));
  if (filters.origin.length) params.set('origin', filters.origin.join(','));
  if (filters.currency.length) params.set('currency', filters.currency.join(','));
  if (filters.mode.length) params.set('mode', filters.mode.join(','));
  if (filters.destination) params.set('destination', filters.destination);
  if (filters.granularity !== 'month') params.set('granularity', filters.granularity);
  if (filters.units !== 't') params.set('units', filters.units);
  for (const [key, value] of base ?? []) {
    if (!(FILTER_PARAMS as readonly string[]).includes(key)) params.append(key, value);
  }
  return params;
}

/** The query string of only the global filters ('' for the defaults), to carry across pages. */
export function filterSearch(filters: DashboardFilters): string {
  const text = writeFilters(filters).toString();
  return text ? `?${text}` : '';
}

/** Stand-ins for an open end of a custom range (the API filters only on what the URL gives). */
export const OPEN_FROM = '1900-01-01';
export const OPEN_TO = '2100-12-31';

/** The dates the filters stand for on `today`: null for all time. */
export function resolveRange(filters: DashboardFilters, today: string): DateRange | null {
  if (filters.range === 'all') return null;
  if (filters.range === 'default') return lastCompleteMonths(today, 12);
  if (filters.range === 'relative' && filters.period) {
    const preset = RELATIVE_PERIODS.find((known) => known.id === filters.period)?.preset ?? '12m';
    return presetRange(preset, today);
  }
  return { from: filters.from ?? OPEN_FROM, to: filters.to ?? OPEN_TO };
}

/** A bounded range to compare with, or null for all time and open-ended ranges. */
export function comparableRange(filters: DashboardFilters, today: string): DateRange | null {
  if (filters.range === 'custom' && (!filters.from || !filters.to)) return null;
  return resolveRange(filters, today);
}

/**
 * Query parameters of the API's shipment filters for `range` and the code filters. `importer` (see
 * resolveImporter) becomes `destination`; ALL_IMPORTERS and null send none (every importer).
 */
export function apiFilterParams(
  filters: DashboardFilters,
  range: DateRange | null,
  importer: string | null = filters.destination,
): URLSearchParams {
  const params = new URLSearchParams();
  if (range && filters.range === 'custom') {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  } else if (range) {
    params.set('from', range.from);
    params.set('to', range.to);
  }
  if (filters.commodity.length) params.set('commodity', filters.commodity.join(','));
  if (filters.origin.length) params.set('origin', filters.origin.join(','));
  if (filters.currency.length) params.set('currency', filters.currency.join(','));
  if (filters.mode.length) params.set('mode', filters.mode.join(','));
  if (importer && importer !== ALL_IMPORTERS) params.set('destination', importer);
  return params;
}

/** How many filters differ from the defaults (for the "Filters (3)" button on phones). */
export function activeFilterCount(filters: DashboardFilters): number {
  return (
    (filters.range === 'default' ? 0 : 1) +
    (filters.commodity.length ? 1 : 0) +
    (filters.origin.length ? 1 : 0) +
    (filters.currency.length ? 1 : 0) +
    (filters.mode.length ? 1 : 0) +
    (filters.destination ? 1 : 0)
  );
}
