import { isChokepointCode, isCountryCode } from '@tradeflow/domain';

/** What the what-if page can cut off: supplier countries, transport routes and sea chokepoints. */
export interface Exclusions {
  origin: string[];
  route: string[];
  chokepoint: string[];
}

export const NO_EXCLUSIONS: Exclusions = { origin: [], route: [], chokepoint: [] };

/** Route keys are a mode, optionally ' via ' and ISO codes joined by '|' ('road via UZ|AF'). */
const ROUTE_KEY = /^(sea|road|rail|pipeline)( via [A-Z]{2}(\|[A-Z]{2})*)?$/;

/** Reads `exclude=origin:SA,route:road via UZ|AF,chokepoint:hormuz` from the URL; unknown items are dropped. */
export function parseExclusions(text: string | null): Exclusions {
  const result: Exclusions = { origin: [], route: [], chokepoint: [] };
  for (const item of (text ?? '').split(',')) {
    const colon = item.indexOf(':');
    if (colon === -1) continue;
    const dimension = item.slice(0, colon).trim();
    const key = item.slice(colon + 1).trim();
    if (dimension === 'origin' && isCountryCode(key.toUpperCase())) result.origin.push(key.toUpperCase());
    if (dimension === 'route' && ROUTE_KEY.test(key)) result.route.push(key);
    if (dimension === 'chokepoint' && isChokepointCode(key)) result.chokepoint.push(key);
  }
  return {
    origin: [...new Set(result.origin)],
    route: [...new Set(result.route)],
    chokepoint: [...new Set(result.chokepoint)],
  };
}

/** The `exclude` parameter of the scenario API (and of the page URL); '' for none. */
export function writeExclusions(exclusions: Exclusions): string {
  return [
    ...exclusions.origin.map((key) => `origin:${key}`),
    ...exclusions.route.map((key) => `route:${key}`),
    ...exclusions.chokepoint.map((key) => `chokepoint:${key}`),
  ].join(',');
}

export function exclusionCount(exclusions: Exclusions): number {
  return exclusions.origin.length + exclusions.route.length + exclusions.chokepoint.length;
}
