import { isWellFormedLocode, NO_PORT_KEY, SHIPMENT_STATUSES } from '@tradeflow/domain';

/** Columns the API can sort by (apps/api shipment-sort.ts), as the table offers them. */
export const SORTABLE_COLUMNS = [
  'arrivalDate',
  'reference',
  'commodity',
  'originCountry',
  'transportMode',
  'volumeTonnes',
  'status',
] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;

export interface ShipmentListParams {
  q: string;
  status: string[];
  /** Route keys ('sea', 'road via UZ|AF') and discharge ports (UN/LOCODE or 'none'): a flow's drill-down. */
  route: string[];
  dischargePort: string[];
  sort: { column: SortColumn; direction: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

export const DEFAULT_SORT = { column: 'arrivalDate', direction: 'desc' } as const;
const DEFAULT_LIMIT = 50;

/** A mode, optionally ' via ' and ISO codes joined by '|' (as the API's route groupBy spells them). */
const ROUTE_KEY = /^(sea|road|rail|pipeline)( via [A-Z]{2}(\|[A-Z]{2})*)?$/;

// Route keys hold '|' but never ',', so a comma-separated list reads back unambiguously.
function listOf(params: URLSearchParams, name: string, isValid: (value: string) => boolean): string[] {
  const values = (params.get(name) ?? '').split(',').filter((value) => value !== '' && isValid(value));
  return [...new Set(values)];
}

/** The table's own URL parameters (q, status, sort, offset, limit) beside the global filters. */
export function parseListParams(params: URLSearchParams): ShipmentListParams {
  const [column, direction] = (params.get('sort') ?? '').split(':');
  const sort =
    (SORTABLE_COLUMNS as readonly string[]).includes(column ?? '') &&
    (direction === 'asc' || direction === 'desc')
      ? { column: column as SortColumn, direction: direction as 'asc' | 'desc' }
      : { ...DEFAULT_SORT };
  const limit = Number(params.get('limit'));
  const offset = Number(params.get('offset'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    status: (params.get('status') ?? '')
      .split(',')
      .filter((status) => (SHIPMENT_STATUSES as readonly string[]).includes(status)),
    route: listOf(params, 'route', (key) => ROUTE_KEY.test(key)),
    dischargePort: listOf(
      params,
      'dischargePort',
      (code) => code === NO_PORT_KEY || isWellFormedLocode(code),
    ),
    sort,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_LIMIT,
  };
}

/** Writes the table parameters into a copy of `base`, leaving defaults out. */
export function writeListParams(list: ShipmentListParams, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('q', list.q.trim() || null);
  set('status', list.status.length ? list.status.join(',') : null);
  set('route', list.route.length ? list.route.join(',') : null);
  set('dischargePort', list.dischargePort.length ? list.dischargePort.join(',') : null);
  const isDefaultSort =
    list.sort.column === DEFAULT_SORT.column && list.sort.direction === DEFAULT_SORT.direction;
  set('sort', isDefaultSort ? null : `${list.sort.column}:${list.sort.direction}`);
  set('offset', list.offset > 0 ? String(list.offset) : null);
  set('limit', list.limit !== DEFAULT_LIMIT ? String(list.limit) : null);
  return params;
}

/** The GET /api/shipments query: the global filters' API parameters plus the table's. */
export function listApiQuery(filterParams: URLSearchParams, list: ShipmentListParams): URLSearchParams {
  const query = new URLSearchParams(filterParams);
  if (list.q.trim()) query.set('q', list.q.trim());
  if (list.status.length) query.set('status', list.status.join(','));
  if (list.route.length) query.set('route', list.route.join(','));
  if (list.dischargePort.length) query.set('dischargePort', list.dischargePort.join(','));
  query.set('sort', `${list.sort.column}:${list.sort.direction}`);
  query.set('limit', String(list.limit));
  query.set('offset', String(list.offset));
  return query;
}

/** GET /api/exports/shipments.csv for exactly the shipments the list shows (every page of them). */
export function exportCsvUrl(filterParams: URLSearchParams, list: ShipmentListParams): string {
  const query = listApiQuery(filterParams, list);
  query.delete('limit');
  query.delete('offset');
  return `/api/exports/shipments.csv?${query.toString()}`;
}

/** Clicking a column header: sort by it (numbers and dates largest first), or flip its direction. */
export function nextSort(
  current: ShipmentListParams['sort'],
  column: SortColumn,
): ShipmentListParams['sort'] {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: column === 'arrivalDate' || column === 'volumeTonnes' ? 'desc' : 'asc' };
}
