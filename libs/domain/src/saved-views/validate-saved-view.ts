import type { FieldError } from '../shipment/shipment';

/** The dashboard pages a view can be saved from. */
export const SAVED_VIEW_PATHS = [
  '/',
  '/flows',
  '/what-if',
  '/what-if/incoming',
  '/targets',
  '/shipments',
  '/compare',
  '/reconciliation',
] as const;

/**
 * The query parameters dashboard pages read: the shared filters, then each page's own (`basis` on
 * the Overview, `exclude` on What-if, the listing's on Shipments, the importer and source switch).
 */
export const SAVED_VIEW_PARAMS = [
  'from',
  'to',
  'range',
  'commodity',
  'origin',
  'currency',
  'mode',
  'granularity',
  'units',
  'destination',
  'source',
  'basis',
  'exclude',
  'q',
  'status',
  'sort',
  'offset',
  'route',
  'loadPort',
  'dischargePort',
] as const;

export const SAVED_VIEW_NAME_MAX = 80;
export const SAVED_VIEW_QUERY_MAX = 2000;

const BODY_FIELDS = new Set(['name', 'path', 'query']);

/** The query string as stored: without a leading `?`. */
export function normaliseViewQuery(query: string | undefined | null): string {
  return (query ?? '').replace(/^\?/, '');
}

/** A page parameter, or one of Compare's two sides (`a.destination`, `b.from`). */
function isKnownParam(key: string): boolean {
  const name = /^[ab]\./.test(key) ? key.slice(2) : key;
  return (SAVED_VIEW_PARAMS as readonly string[]).includes(name);
}

/** The parameter names of a query string (`a=1&b=2` -> a, b), decoded as a browser does. */
function queryKeys(query: string): string[] {
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const name = (pair.split('=')[0] as string).replace(/\+/g, ' ');
      try {
        return decodeURIComponent(name);
      } catch {
        return name;
      }
    });
}

/** Checks a POST /api/saved-views body; each problem names its field. */
export function validateSavedViewInput(body: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) {
    if (!BODY_FIELDS.has(key)) errors.push({ field: key, message: 'is not a saved view field' });
  }
  const { name, path, query } = body;
  if (typeof name !== 'string' || name.trim() === '') {
    errors.push({ field: 'name', message: 'is required (1 to 80 characters)' });
  } else if (name.trim().length > SAVED_VIEW_NAME_MAX) {
    errors.push({ field: 'name', message: `must be at most ${SAVED_VIEW_NAME_MAX} characters` });
  }
  if (typeof path !== 'string' || !(SAVED_VIEW_PATHS as readonly string[]).includes(path)) {
    errors.push({ field: 'path', message: `must be a dashboard page: ${SAVED_VIEW_PATHS.join(', ')}` });
  }
  if (query !== undefined && query !== null) {
    if (typeof query !== 'string') {
      errors.push({ field: 'query', message: 'must be a query string such as from=2023-06-01&origin=RU' });
    } else if (query.length > SAVED_VIEW_QUERY_MAX) {
      errors.push({ field: 'query', message: `must be at most ${SAVED_VIEW_QUERY_MAX} characters` });
    } else {
      const unknown = queryKeys(normaliseViewQuery(query)).filter((key) => !isKnownParam(key));
      if (unknown.length > 0) {
        errors.push({
          field: 'query',
          message: `unknown parameter ${[...new Set(unknown)].map((key) => `"${key}"`).join(', ')}; known: ${SAVED_VIEW_PARAMS.join(', ')}`,
        });
      }
    }
  }
  return errors;
}
