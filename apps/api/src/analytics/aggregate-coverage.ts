import { ANALYTICS_GROUP_BYS, type AnalyticsGroupBy, type ShipmentFilters } from '@tradeflow/domain';

/** The filters that narrow a selection beyond its arrival dates, which every aggregate keeps by month. */
type NarrowingFilter = Exclude<keyof ShipmentFilters, 'from' | 'to'>;

/** Every narrowing filter; a Record so that a filter added to ShipmentFilters must be listed here. */
const NARROWING_FILTERS = Object.keys({
  commodity: true,
  origin: true,
  currency: true,
  mode: true,
  status: true,
  q: true,
  route: true,
  loadPort: true,
  dischargePort: true,
  destination: true,
} satisfies Record<NarrowingFilter, true>) as NarrowingFilter[];

/** The monthly aggregates a read can choose: the rollup and those narrower than it. */
export type Aggregate =
  | 'rollup'
  | 'byDimension'
  | 'seaLanes'
  | 'originCurrency'
  | 'prices'
  | 'pricesByOrigin'
  | 'pricesByOriginTotal'
  | 'loadingPrices'
  | 'flows';

interface Coverage {
  /** The filters its key columns can apply. */
  filters: readonly NarrowingFilter[];
  /** The groups and scenario cuts it can answer (regions are origins). */
  groups: readonly AnalyticsGroupBy[];
}

const REGION_OF_ORIGIN: AnalyticsGroupBy[] = ['origin', 'region'];

/**
 * What each aggregate's key columns hold, in one table (see docs/scaling.md, "Why ten"). Only the
 * shipments table can answer the ports (as filters) and the text search.
 */
const COVERAGE: Record<Aggregate, Coverage> = {
  rollup: {
    filters: NARROWING_FILTERS.filter((filter) => !['q', 'loadPort', 'dischargePort'].includes(filter)),
    groups: ANALYTICS_GROUP_BYS,
  },
  // One group at a time; its rows are split by importing country.
  byDimension: { filters: ['destination'], groups: ANALYTICS_GROUP_BYS },
  seaLanes: {
    filters: ['destination', 'commodity', 'origin'],
    groups: [...REGION_OF_ORIGIN, 'destination', 'commodity', 'chokepoint'],
  },
  originCurrency: {
    filters: ['destination', 'status', 'commodity', 'origin', 'currency'],
    groups: [...REGION_OF_ORIGIN, 'destination', 'commodity', 'currency'],
  },
  // The price basis is a key column too; the price queries filter it apart from ShipmentFilters.
  prices: { filters: ['destination', 'commodity', 'origin'], groups: [] },
  // The prices aggregate without commodity and basis (a basis filter needs the prices aggregate).
  pricesByOrigin: { filters: ['destination', 'origin'], groups: [] },
  // The same summed over all importers.
  pricesByOriginTotal: { filters: ['origin'], groups: [] },
  // Prices matched by loading month: the departure month and the payment currency are keys too.
  loadingPrices: { filters: ['destination', 'commodity', 'origin', 'currency'], groups: [] },
  flows: {
    filters: ['destination', 'status', 'commodity', 'origin', 'mode', 'route'],
    groups: [],
  },
};

function isSet(filters: ShipmentFilters, filter: NarrowingFilter): boolean {
  const value = filters[filter];
  return typeof value === 'string' ? value.trim() !== '' : Boolean(value?.length);
}

/** Whether `aggregate` holds what a read needs: each filter it sets, and each group or cut it uses. */
export function aggregateHolds(
  aggregate: Aggregate,
  filters: ShipmentFilters,
  groups: readonly (AnalyticsGroupBy | undefined)[] = [],
): boolean {
  const coverage = COVERAGE[aggregate];
  return (
    NARROWING_FILTERS.every((filter) => !isSet(filters, filter) || coverage.filters.includes(filter)) &&
    groups.every((group) => group === undefined || coverage.groups.includes(group))
  );
}
