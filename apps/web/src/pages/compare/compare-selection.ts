import { isCountryCode } from '@tradeflow/domain';
import { ALL_IMPORTERS } from '../../filters/dashboard-filters';
import { type DateRange, lastCompleteMonths, previousPeriod } from '../../filters/date-ranges';
import { addDays, addMonths } from '../../format/dates';

/*
 * The Compare page's selection, all of it in the address:
 *
 *   /compare?a.destination=PK&b.destination=IN                       two importers, same period
 *   /compare?a.destination=PK&a.to=2023-05-31&b.from=2023-06-01      one importer before and after
 *   &a.from=&a.to=&b.from=&b.to=   each side's arrival dates (YYYY-MM-DD)
 *   &granularity=month|quarter|year
 *
 * A side without a destination shows the server's HOME_COUNTRY (`all` pools every importer). A side
 * without dates: B the last 12 complete months, A the 12 months before B when both sides have the
 * same importer (this year against last), else B's period (two importers over the same months).
 * A side with only one date covers the 12 months from it, or up to it.
 */

export const SIDES = ['a', 'b'] as const;
export type Side = (typeof SIDES)[number];

export const COMPARE_GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type CompareGranularity = (typeof COMPARE_GRANULARITIES)[number];

export interface SideSelection {
  /** A country code, ALL_IMPORTERS, or null: the server's home country. */
  destination: string | null;
  from: string | null;
  to: string | null;
}

export interface CompareSelection {
  a: SideSelection;
  b: SideSelection;
  granularity: CompareGranularity;
}

/** A side as it is asked of the API: its importer resolved and its dates filled in. */
export interface ResolvedSide {
  importer: string;
  range: DateRange;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string | null): string | null {
  return value && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : null;
}

function importer(value: string | null): string | null {
  const code = value?.trim();
  if (!code) return null;
  if (code.toLowerCase() === ALL_IMPORTERS) return ALL_IMPORTERS;
  return isCountryCode(code.toUpperCase()) ? code.toUpperCase() : null;
}

export function parseCompareSelection(params: URLSearchParams): CompareSelection {
  const side = (name: Side): SideSelection => ({
    destination: importer(params.get(`${name}.destination`)),
    from: date(params.get(`${name}.from`)),
    to: date(params.get(`${name}.to`)),
  });
  const granularity = params.get('granularity');
  return {
    a: side('a'),
    b: side('b'),
    granularity: (COMPARE_GRANULARITIES as readonly string[]).includes(granularity ?? '')
      ? (granularity as CompareGranularity)
      : 'month',
  };
}

export function writeCompareSelection(selection: CompareSelection): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of SIDES) {
    const side = selection[name];
    if (side.destination) params.set(`${name}.destination`, side.destination);
    if (side.from) params.set(`${name}.from`, side.from);
    if (side.to) params.set(`${name}.to`, side.to);
  }
  if (selection.granularity !== 'month') params.set('granularity', selection.granularity);
  return params;
}

/** Both sides with their importer and dates filled in (see the rules at the top). */
export function resolveSides(
  selection: CompareSelection,
  homeCountry: string,
  today: string,
): Record<Side, ResolvedSide> {
  const importerA = selection.a.destination ?? homeCountry;
  const importerB = selection.b.destination ?? homeCountry;
  const b = datesOf(selection.b) ?? lastCompleteMonths(today, 12);
  const a = datesOf(selection.a) ?? (importerA === importerB ? previousPeriod(b) : b);
  return { a: { importer: importerA, range: a }, b: { importer: importerB, range: b } };
}

function datesOf({ from, to }: SideSelection): DateRange | null {
  if (from && to) return from <= to ? { from, to } : { from: to, to: from };
  if (from) return { from, to: addDays(addMonths(from, 12), -1) };
  if (to) return { from: addMonths(addDays(to, 1), -12), to };
  return null;
}

/** The API filter parameters of one side. */
export function sideApiParams(side: ResolvedSide): URLSearchParams {
  const params = new URLSearchParams({ from: side.range.from, to: side.range.to });
  if (side.importer !== ALL_IMPORTERS) params.set('destination', side.importer);
  return params;
}
