import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/*
 * Deterministic shipment CSV lines for the csv benchmark: line i depends only on i, every line is
 * valid, references are unique. Origins, routes, currencies, dates and notes vary so that parsing,
 * quoting and the indexes see realistic data (some notes need quoting, some hold non-Latin text).
 */

interface Supplier {
  origin: string;
  port: string;
  mode: string;
  transit: string;
  commodities: string[];
  currencies: string[];
}

const SUPPLIERS: Supplier[] = [
  {
    origin: 'SA',
    port: 'SARTA',
    mode: 'sea',
    transit: '',
    commodities: ['crude_oil', 'lpg', 'diesel'],
    currencies: ['USD', 'SAR'],
  },
  {
    origin: 'AE',
    port: 'AEFJR',
    mode: 'sea',
    transit: '',
    commodities: ['crude_oil', 'jet_fuel', 'gasoline'],
    currencies: ['USD', 'AED'],
  },
  {
    origin: 'KW',
    port: 'KWMEA',
    mode: 'sea',
    transit: '',
    commodities: ['crude_oil', 'fuel_oil'],
    currencies: ['USD'],
  },
  {
    origin: 'RU',
    port: 'RUULU',
    mode: 'sea',
    transit: '',
    commodities: ['crude_oil', 'diesel'],
    currencies: ['CNY', 'USD', 'RUB'],
  },
  {
    origin: 'RU',
    port: '',
    mode: 'road',
    transit: 'UZ|AF',
    commodities: ['lpg'],
    currencies: ['USD', 'CNY'],
  },
  {
    origin: 'QA',
    port: 'QARLF',
    mode: 'sea',
    transit: '',
    commodities: ['lpg', 'jet_fuel'],
    currencies: ['USD'],
  },
  { origin: 'TM', port: '', mode: 'rail', transit: 'AF', commodities: ['lpg'], currencies: ['USD'] },
  {
    origin: 'OM',
    port: 'OMSOH',
    mode: 'sea',
    transit: '',
    commodities: ['crude_oil', 'gasoline'],
    currencies: ['USD', 'OMR'],
  },
];
const IMPORTERS = [
  'Pakistan Refinery Ltd',
  'Pak-Arab Refinery',
  'Attock Refinery',
  'Byco Petroleum',
  'Cnergyico',
];
const STATUSES = ['delivered', 'delivered', 'delivered', 'in_transit', 'contracted'];
const NOTES = [
  '',
  '',
  '',
  '',
  'Karachi, then Port Qasim',
  'the "first" cargo',
  'کراچی پہنچا',
  '=not a formula',
  '',
];
const DAY_MS = 86_400_000;
const FIRST_ARRIVAL = Date.UTC(2015, 0, 1);

/** IMO numbers with valid check digits (the last digit is the weighted sum mod 10). */
function imo(n: number): string {
  const six = String(1_000_000 + (n % 899_999))
    .slice(1)
    .padStart(6, '9');
  const check = [7, 6, 5, 4, 3, 2].reduce((sum, weight, i) => sum + weight * Number(six[i]), 0) % 10;
  return `${six}${check}`;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const CSV_HEADER_LINE = SHIPMENT_CSV_COLUMNS.join(',');

export function syntheticCsvLine(i: number): string {
  const supplier = SUPPLIERS[i % SUPPLIERS.length] as Supplier;
  const commodity = supplier.commodities[i % supplier.commodities.length] as string;
  const tonnes = supplier.mode === 'sea' ? 20_000 + ((i * 7919) % 80_000) : 20 + ((i * 31) % 2_000);
  const volume = `${tonnes}.${String((i * 13) % 1000).padStart(3, '0')}`;
  const withValue = i % 20 !== 0;
  const value = withValue ? `${tonnes * 550}.${String(i % 100).padStart(2, '0')}` : '';
  const currency = withValue ? (supplier.currencies[i % supplier.currencies.length] as string) : '';
  const arrival = FIRST_ARRIVAL + ((i * 37) % 3650) * DAY_MS;
  const departure = arrival - (14 + (i % 17)) * DAY_MS;
  const contract = departure - 30 * DAY_MS;
  return [
    `BENCH-${String(i).padStart(9, '0')}`,
    commodity,
    supplier.origin,
    supplier.port,
    supplier.mode === 'sea' ? 'PKKHI' : '',
    supplier.mode,
    supplier.transit,
    volume,
    value,
    currency,
    isoDay(contract),
    isoDay(departure),
    isoDay(arrival),
    supplier.mode === 'sea' ? `MT Bench ${i % 500}` : '',
    supplier.mode === 'sea' ? imo(i) : '',
    IMPORTERS[i % IMPORTERS.length] as string,
    STATUSES[i % STATUSES.length] as string,
    cell(NOTES[i % NOTES.length] as string),
  ].join(',');
}

/** Writes a CSV of `count` synthetic shipments (header + lines, LF) to `path`. */
export async function writeSyntheticCsv(path: string, count: number): Promise<void> {
  function* chunks(): Generator<string> {
    yield `${CSV_HEADER_LINE}\n`;
    for (let start = 0; start < count; start += 10_000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(count, start + 10_000); i++) lines.push(syntheticCsvLine(i));
      yield `${lines.join('\n')}\n`;
    }
  }
  await pipeline(Readable.from(chunks()), createWriteStream(path));
}
