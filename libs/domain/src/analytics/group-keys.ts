import { COMMODITIES, isCommodityCode } from '../codes/commodities';
import { countryName, isCountryCode } from '../codes/countries';
import { currencyName, isCurrencyCode } from '../codes/currencies';
import { regionName } from '../codes/regions';
import { isTransportMode } from '../codes/transport-modes';
import { CHOKEPOINT_CODES, chokepointName, isChokepointCode, NO_CHOKEPOINT_KEY } from '../codes/chokepoints';
import { type AnalyticsGroupBy, NO_CURRENCY_KEY } from '../contract/analytics-contract';
import { routeLabel } from './route';

/** Label of a value nobody recorded: no payment currency (group key `none`), no price basis, no currency target. */
export const NOT_RECORDED_LABEL = 'Not recorded';

const commodityNames = new Map(COMMODITIES.map((c) => [c.code as string, c.name]));

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Human label of a group key: country, currency, commodity or region name, 'Sea', 'Road via
 * Uzbekistan → Afghanistan', 'Not recorded' for the `none` currency. An unknown key stays as it is.
 */
export function groupLabel(groupBy: AnalyticsGroupBy, key: string): string {
  switch (groupBy) {
    case 'origin':
    case 'destination':
      return countryName(key) ?? key;
    case 'currency':
      return key === NO_CURRENCY_KEY ? NOT_RECORDED_LABEL : (currencyName(key) ?? key);
    case 'commodity':
      return commodityNames.get(key) ?? key;
    case 'mode':
      return capitalised(key);
    case 'region':
      return regionName(key) ?? key;
    case 'route':
      return routeLabel(key);
    case 'chokepoint':
      return key === NO_CHOKEPOINT_KEY ? 'No chokepoint' : (chokepointName(key) ?? key);
  }
}

const ROUTE_KEY = /^([a-z]+)(?: via ([A-Z]{2}(?:\|[A-Z]{2})*))?$/;

/** Why `key` is not a key of `groupBy` (e.g. 'unknown ISO 3166-1 alpha-2 country code'), or null if it is. */
export function groupKeyProblem(groupBy: AnalyticsGroupBy, key: string): string | null {
  switch (groupBy) {
    case 'origin':
    case 'destination':
      return isCountryCode(key) ? null : 'unknown ISO 3166-1 alpha-2 country code';
    case 'currency':
      return key === NO_CURRENCY_KEY || isCurrencyCode(key)
        ? null
        : `unknown ISO 4217 currency code (or "${NO_CURRENCY_KEY}" for not recorded)`;
    case 'commodity':
      return isCommodityCode(key)
        ? null
        : `unknown commodity (one of ${[...commodityNames.keys()].join(', ')})`;
    case 'mode':
      return isTransportMode(key) ? null : 'unknown transport mode';
    case 'region':
      return regionName(key) !== undefined ? null : 'unknown region code';
    case 'route': {
      const match = ROUTE_KEY.exec(key);
      if (!match || !isTransportMode(match[1] as string)) {
        return 'a route is a transport mode, optionally followed by " via " and ISO country codes joined by "|" (e.g. "road via UZ|AF")';
      }
      const unknown = (match[2] ?? '').split('|').filter((code) => code && !isCountryCode(code));
      return unknown.length ? `unknown transit country code ${unknown.join(', ')}` : null;
    }
    case 'chokepoint':
      return key === NO_CHOKEPOINT_KEY || isChokepointCode(key)
        ? null
        : `unknown chokepoint code (one of ${CHOKEPOINT_CODES.join(', ')}, or "${NO_CHOKEPOINT_KEY}")`;
  }
}
