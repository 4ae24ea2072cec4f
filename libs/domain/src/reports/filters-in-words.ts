import { COMMODITIES } from '../codes/commodities';
import { countryName } from '../codes/countries';
import { portName } from '../codes/ports';
import { regionName } from '../codes/regions';
import type { ShipmentFilters } from '../contract/analytics-contract';

const COMMODITY_WORDS = new Map(COMMODITIES.map((c) => [c.code as string, c.name.toLowerCase()]));
const MODE_WORDS: Readonly<Record<string, string>> = {
  sea: 'by sea',
  road: 'by road',
  rail: 'by rail',
  pipeline: 'by pipeline',
};
const STATUS_WORDS: Readonly<Record<string, string>> = {
  contracted: 'contracted',
  in_transit: 'in transit',
  delivered: 'delivered',
};
const HANDLED = new Set([
  'commodity',
  'origin',
  'destination',
  'currency',
  'mode',
  'status',
  'q',
  'loadPort',
  'dischargePort',
]);

/** "a, b or c" */
function orList(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const place = (code: string) => countryName(code) ?? regionName(code) ?? code;
const port = (code: string) => (code === 'none' ? 'no recorded port' : (portName(code) ?? code));

/**
 * The shipment filters of a report or an alert in words, e.g. "crude oil from Russia, paid in CNY";
 * "all shipments" when there are none. Used by the e-mails and the dashboard alike.
 */
export function filtersInWords(filters: Omit<ShipmentFilters, 'from' | 'to'> | undefined | null): string {
  const f = (filters ?? {}) as Record<string, unknown>;
  const list = (key: string): string[] => (Array.isArray(f[key]) ? (f[key] as string[]) : []);
  const commodities = list('commodity').map((code) => COMMODITY_WORDS.get(code) ?? code);
  const parts: string[] = [commodities.length ? orList(commodities) : 'shipments'];
  const statuses = list('status').map((s) => STATUS_WORDS[s] ?? s);
  if (statuses.length) parts[0] = `${parts[0]} (${orList(statuses)})`;
  const origins = list('origin').map(place);
  if (origins.length) parts[0] = `${parts[0]} from ${orList(origins)}`;
  const destinations = list('destination').map(place);
  if (destinations.length) parts[0] = `${parts[0]} to ${orList(destinations)}`;
  const modes = list('mode').map((m) => MODE_WORDS[m] ?? m);
  if (modes.length) parts[0] = `${parts[0]} ${orList(modes)}`;
  const loadPorts = list('loadPort').map(port);
  if (loadPorts.length) parts.push(`loaded at ${orList(loadPorts)}`);
  const dischargePorts = list('dischargePort').map(port);
  if (dischargePorts.length) parts.push(`discharged at ${orList(dischargePorts)}`);
  const currencies = list('currency').map((c) => (c === 'none' ? 'no recorded currency' : c));
  if (currencies.length) parts.push(`paid in ${orList(currencies)}`);
  if (typeof f['q'] === 'string' && f['q'].trim()) parts.push(`matching "${f['q'].trim()}"`);
  // Filters added later (e.g. destination) still show, by name, rather than vanish from the text.
  for (const [key, value] of Object.entries(f)) {
    if (HANDLED.has(key) || value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    if (values.length) parts.push(`${key} ${orList(values)}`);
  }
  const text = parts.join(', ');
  return text === 'shipments' ? 'all shipments' : text;
}
