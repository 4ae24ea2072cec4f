import type { AuditEntry } from '@tradeflow/domain';
import { formatDateTime } from '../../format/dates';

export interface HistoryChange {
  field: string;
  before: string;
  after: string;
}

export interface HistoryItem {
  id: string;
  when: string;
  who: string;
  what: string;
  changes: HistoryChange[];
}

const ACTIONS: Record<string, string> = {
  'shipment.create': 'Created',
  'shipment.update': 'Changed',
  'shipment.delete': 'Deleted',
};

const FIELD_NAMES: Record<string, string> = {
  volumeTonnes: 'Volume (t)',
  volumeBarrels: 'Volume (bbl)',
  valueAmount: 'Value',
  paymentCurrency: 'Payment currency',
  originCountry: 'Origin',
  loadPort: 'Load port',
  dischargePort: 'Discharge port',
  destinationCountry: 'Importing country',
  priceBasis: 'Price basis',
  transportMode: 'Transport mode',
  transitCountries: 'Transit countries',
  arrivalDate: 'Arrival date',
  departureDate: 'Departure date',
  contractDate: 'Contract date',
  vesselName: 'Vessel',
  vesselImo: 'IMO number',
  apiGravity: 'API gravity',
  stsTransferPoint: 'Ship-to-ship transfer',
  barrelsPerTonne: 'bbl/t',
};

// Derived or bookkeeping fields change with the ones that matter; listing them adds noise.
const HIDDEN = new Set(['updatedAt', 'createdAt', 'volumeBarrels', 'barrelsPerTonne', 'sourceCount']);

/** A stored value as one short line: '45,000', 'UZ, AF', 'sea RU→OM, sea OM→PK', '—' for none. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((item) => typeof item === 'object' && item !== null && 'mode' in item)) {
      return (value as { mode: string; from: string; to: string }[])
        .map((leg) => `${leg.mode} ${leg.from}\u2192${leg.to}`)
        .join(', ');
    }
    return value.map(String).join(', ');
  }
  if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Newest first, each with who, when and field by field what changed. */
export function historyItems(entries: readonly AuditEntry[]): HistoryItem[] {
  return [...entries].reverse().map((entry) => {
    const before = (entry.before ?? {}) as Record<string, unknown>;
    const after = (entry.after ?? {}) as Record<string, unknown>;
    const fields = entry.action === 'shipment.update' ? entry.changedFields : [];
    return {
      id: entry.id,
      when: formatDateTime(entry.occurredAt),
      who: entry.actorName,
      what: ACTIONS[entry.action] ?? entry.action,
      changes: fields
        .filter((field) => !HIDDEN.has(field))
        .map((field) => ({
          field: FIELD_NAMES[field] ?? field,
          before: valueText(before[field]),
          after: valueText(after[field]),
        })),
    };
  });
}
