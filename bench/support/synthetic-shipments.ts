import { createHash } from 'node:crypto';
import {
  chokepointsPassed,
  type CommodityCode,
  DEFAULT_HOME_COUNTRY,
  resolveDestinationCountry,
  SHIPMENT_COLUMN_NAMES,
  SHIPMENT_CSV_COLUMNS,
  type PriceBasis,
  type ShipmentColumn,
  type ShipmentInput,
  type TransportMode,
} from '@tradeflow/domain';

/*
 * A deterministic generator of synthetic import shipments for benchmarks: row i depends only on
 * (seed, i), so any slice [start, start + count) is reproducible on its own and the 1M set
 * contains the 100k set. The spread imitates a country importing oil and LPG the way the sample
 * story describes Pakistan: 24 origins (Gulf crude and LPG by sea, Russian crude paid in yuan,
 * Central Asian LPG by road and rail through Afghanistan), 6 commodities, 10 years of arrivals,
 * cargo sizes by mode (VLGC/Aframax cargoes by sea, 15-40 t trucks, 0.5-3 kt trains), USD for
 * most value and local or third currencies for some, about 5% without a recorded value.
 */

export interface SyntheticOptions {
  /** Number of shipments. */
  count: number;
  /** Index of the first shipment (to continue a set). Default 0. */
  start?: number;
  /** Default 1. */
  seed?: number;
  /** First arrival year; arrivals spread uniformly over `years` years. Defaults 2015 and 10. */
  firstYear?: number;
  years?: number;
}

interface Route {
  mode: TransportMode;
  transit: string[];
  weight: number;
}

interface Supplier {
  country: string;
  /** Relative number of shipments. */
  weight: number;
  commodities: CommodityCode[];
  routes: Route[];
  currencies: [string, number][];
  ports: string[];
}

const sea = (weight = 1): Route => ({ mode: 'sea', transit: [], weight });
const USD_ONLY: [string, number][] = [['USD', 1]];

const SUPPLIERS: Supplier[] = [
  {
    country: 'SA',
    weight: 14,
    commodities: ['crude_oil', 'lpg', 'diesel', 'fuel_oil'],
    routes: [sea()],
    currencies: [
      ['USD', 0.8],
      ['SAR', 0.2],
    ],
    ports: ['SARTA', 'SAJUB', 'SAYNB'],
  },
  {
    country: 'AE',
    weight: 12,
    commodities: ['crude_oil', 'lpg', 'diesel', 'jet_fuel', 'gasoline'],
    routes: [sea()],
    currencies: [
      ['USD', 0.75],
      ['AED', 0.25],
    ],
    ports: ['AERUW', 'AEFJR', 'AEJEA'],
  },
  {
    country: 'KW',
    weight: 8,
    commodities: ['crude_oil', 'diesel', 'jet_fuel'],
    routes: [sea()],
    currencies: [
      ['USD', 0.85],
      ['KWD', 0.15],
    ],
    ports: ['KWMEA'],
  },
  {
    country: 'QA',
    weight: 6,
    commodities: ['lpg', 'gasoline'],
    routes: [sea()],
    currencies: [
      ['USD', 0.9],
      ['QAR', 0.1],
    ],
    ports: ['QARLF'],
  },
  {
    country: 'OM',
    weight: 4,
    commodities: ['crude_oil', 'lpg', 'gasoline'],
    routes: [sea()],
    currencies: USD_ONLY,
    ports: ['OMMFH', 'OMSOH'],
  },
  {
    country: 'BH',
    weight: 2,
    commodities: ['diesel', 'jet_fuel'],
    routes: [sea()],
    currencies: USD_ONLY,
    ports: [],
  },
  {
    country: 'IQ',
    weight: 3,
    commodities: ['crude_oil', 'fuel_oil'],
    routes: [sea()],
    currencies: USD_ONLY,
    ports: ['IQBSR'],
  },
  {
    country: 'RU',
    weight: 6,
    commodities: ['crude_oil', 'lpg', 'diesel'],
    routes: [
      sea(3),
      { mode: 'rail', transit: ['KZ', 'UZ', 'AF'], weight: 1 },
      { mode: 'road', transit: ['KZ', 'UZ', 'AF'], weight: 1 },
    ],
    currencies: [
      ['CNY', 0.5],
      ['RUB', 0.2],
      ['AED', 0.2],
      ['USD', 0.1],
    ],
    ports: ['RUULU', 'RUNVS', 'RUPRI'],
  },
  {
    country: 'KZ',
    weight: 4,
    commodities: ['lpg', 'diesel'],
    routes: [
      { mode: 'rail', transit: ['UZ', 'AF'], weight: 2 },
      { mode: 'road', transit: ['UZ', 'AF'], weight: 1 },
    ],
    currencies: [
      ['USD', 0.6],
      ['KZT', 0.2],
      ['CNY', 0.2],
    ],
    ports: [],
  },
  {
    country: 'TM',
    weight: 5,
    commodities: ['lpg'],
    routes: [{ mode: 'road', transit: ['AF'], weight: 1 }],
    currencies: [
      ['USD', 0.8],
      ['AED', 0.2],
    ],
    ports: [],
  },
  {
    country: 'UZ',
    weight: 3,
    commodities: ['lpg', 'gasoline'],
    routes: [
      { mode: 'road', transit: ['AF'], weight: 2 },
      { mode: 'rail', transit: ['AF'], weight: 1 },
    ],
    currencies: [
      ['USD', 0.7],
      ['UZS', 0.3],
    ],
    ports: [],
  },
  { country: 'AZ', weight: 1, commodities: ['crude_oil'], routes: [sea()], currencies: USD_ONLY, ports: [] },
  {
    country: 'MY',
    weight: 3,
    commodities: ['gasoline', 'diesel', 'jet_fuel'],
    routes: [sea()],
    currencies: [
      ['USD', 0.9],
      ['MYR', 0.1],
    ],
    ports: ['MYPGU', 'MYTPP'],
  },
  {
    country: 'SG',
    weight: 4,
    commodities: ['gasoline', 'diesel', 'jet_fuel', 'fuel_oil'],
    routes: [sea()],
    currencies: [
      ['USD', 0.95],
      ['SGD', 0.05],
    ],
    ports: ['SGSIN'],
  },
  {
    country: 'CN',
    weight: 3,
    commodities: ['gasoline', 'diesel', 'lpg'],
    routes: [sea()],
    currencies: [
      ['CNY', 0.6],
      ['USD', 0.4],
    ],
    ports: ['CNNGB', 'CNSHA'],
  },
  {
    country: 'IN',
    weight: 2,
    commodities: ['diesel', 'gasoline', 'jet_fuel'],
    routes: [sea()],
    currencies: [
      ['USD', 0.7],
      ['INR', 0.3],
    ],
    ports: ['INSIK', 'INMUN'],
  },
  {
    country: 'NL',
    weight: 1,
    commodities: ['jet_fuel', 'diesel'],
    routes: [sea()],
    currencies: [
      ['USD', 0.5],
      ['EUR', 0.5],
    ],
    ports: ['NLRTM'],
  },
  { country: 'NG', weight: 1, commodities: ['crude_oil'], routes: [sea()], currencies: USD_ONLY, ports: [] },
  { country: 'AO', weight: 1, commodities: ['crude_oil'], routes: [sea()], currencies: USD_ONLY, ports: [] },
  {
    country: 'US',
    weight: 1,
    commodities: ['lpg', 'crude_oil'],
    routes: [sea()],
    currencies: USD_ONLY,
    ports: [],
  },
  { country: 'EG', weight: 1, commodities: ['fuel_oil'], routes: [sea()], currencies: USD_ONLY, ports: [] },
  {
    country: 'BN',
    weight: 1,
    commodities: ['crude_oil', 'lpg'],
    routes: [sea()],
    currencies: USD_ONLY,
    ports: [],
  },
  {
    country: 'ID',
    weight: 1,
    commodities: ['fuel_oil', 'lpg'],
    routes: [sea()],
    currencies: USD_ONLY,
    ports: [],
  },
  {
    country: 'TR',
    weight: 1,
    commodities: ['diesel', 'gasoline'],
    routes: [sea()],
    currencies: [
      ['USD', 0.7],
      ['EUR', 0.3],
    ],
    ports: [],
  },
];

const BARRELS_PER_TONNE_X100: Record<CommodityCode, number> = {
  crude_oil: 733,
  lpg: 1160,
  diesel: 746,
  gasoline: 835,
  fuel_oil: 635,
  jet_fuel: 788,
};

/** Indicative USD per tonne, for plausible values. */
const USD_PER_TONNE: Record<CommodityCode, number> = {
  crude_oil: 560,
  lpg: 520,
  diesel: 760,
  gasoline: 800,
  fuel_oil: 450,
  jet_fuel: 780,
};

/** Indicative units of currency per USD. */
const UNITS_PER_USD: Record<string, number> = {
  USD: 1,
  SAR: 3.75,
  AED: 3.6725,
  KWD: 0.307,
  QAR: 3.64,
  CNY: 7.1,
  RUB: 85,
  KZT: 450,
  UZS: 11500,
  MYR: 4.5,
  SGD: 1.35,
  INR: 82,
  EUR: 0.92,
};

const VESSELS = [
  'Gulf Pearl',
  'Desert Star',
  'Arabian Tide',
  'Pure Point',
  'Karachi Spirit',
  'Ocean Falcon',
  'Indus Trader',
  'Red Sea Dawn',
  'Sindh Voyager',
  'Hormuz Light',
];
const IMPORTERS = [
  'Pakistan State Oil',
  'Pakistan Refinery Ltd',
  'Attock Refinery',
  'Byco',
  'Parco',
  'SSGC LPG',
  'Hascol',
  'Go Petroleum',
];
const DISCHARGE_PORTS = ['PKKHI', 'PKBQM', 'PKBQM', 'PKKHI', 'PKGWD'];
/**
 * A second importer: every 8th sea cargo lands in India instead (its destination_country follows
 * from the port). Chosen by index after the Pakistani port is drawn, so every other column of the
 * set is the same as before the importing country existed.
 */
const INDIAN_PORTS = ['INSIK', 'INMUN', 'INNSA'];
const dischargePortFor = (index: number, drawn: string) =>
  index % 8 === 0 ? (INDIAN_PORTS[(index >> 3) % INDIAN_PORTS.length] as string) : drawn;

/**
 * The price basis follows the transport mode (sea cargoes priced CIF, overland deliveries DES,
 * pipeline volumes unrecorded): no random draw, so every other column is as before, and the rollup
 * keeps its cell count (the mode is a key already).
 */
const PRICE_BASIS_BY_MODE: Record<TransportMode, PriceBasis> = {
  sea: 'CIF',
  road: 'DES',
  rail: 'DES',
  pipeline: 'unknown',
};

/** mulberry32 seeded per shipment: fast, small, and the same numbers on every platform. */
function randomFor(seed: number, index: number): () => number {
  let state = (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, items: readonly T[], weightOf: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let pick = random() * total;
  for (const item of items) {
    pick -= weightOf(item);
    if (pick < 0) return item;
  }
  return items[items.length - 1] as T;
}

function pickOne<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function isoDay(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/** Cargo size in kilograms (tonnes have 3 decimals). */
function cargoKg(random: () => number, mode: TransportMode, commodity: CommodityCode): number {
  const between = (min: number, max: number) => Math.round((min + random() * (max - min)) * 1000);
  if (mode === 'road') return between(15, 40);
  if (mode === 'rail') return between(500, 3000);
  if (mode === 'pipeline') return between(5000, 50000);
  if (commodity === 'crude_oil') return between(60_000, 120_000);
  if (commodity === 'lpg') return between(5_000, 45_000);
  return between(25_000, 60_000);
}

/** The shipments [start, start + count) of the set. Also carries the stored barrels (round(t x factor, 3)). */
export function* syntheticShipments(
  options: SyntheticOptions,
): Generator<ShipmentInput & { volumeBarrels: number }> {
  const { count, start = 0, seed = 1, firstYear = 2015, years = 10 } = options;
  const firstDay = Date.UTC(firstYear, 0, 1) / 86_400_000;
  const days = Date.UTC(firstYear + years, 0, 1) / 86_400_000 - firstDay;
  for (let index = start; index < start + count; index++) {
    const random = randomFor(seed, index);
    const supplier = weighted(random, SUPPLIERS, (s) => s.weight);
    const route = weighted(random, supplier.routes, (r) => r.weight);
    const commodity = pickOne(random, supplier.commodities);
    const arrivalDay = firstDay + Math.floor(random() * days);
    const kg = cargoKg(random, route.mode, commodity);
    const hasValue = random() >= 0.05;
    const currency = weighted(random, supplier.currencies, ([, weight]) => weight)[0];
    const usd = (kg / 1000) * USD_PER_TONNE[commodity] * (0.8 + random() * 0.4);
    // Recent arrivals are still on the way or only contracted; older ones are delivered.
    const age = firstDay + days - arrivalDay;
    const status = age > 45 ? 'delivered' : age > 15 ? 'in_transit' : 'contracted';
    const bySea = route.mode === 'sea';
    yield {
      reference: `SYN-${seed}-${String(index).padStart(8, '0')}`,
      commodity,
      originCountry: supplier.country,
      loadPort: bySea && supplier.ports.length ? pickOne(random, supplier.ports) : null,
      dischargePort: bySea ? dischargePortFor(index, pickOne(random, DISCHARGE_PORTS)) : null,
      transportMode: route.mode,
      transitCountries: route.transit,
      volumeTonnes: kg / 1000,
      // Integer maths, then round half up like PostgreSQL's round(numeric, 3) for positive values.
      volumeBarrels: Math.round((kg * BARRELS_PER_TONNE_X100[commodity]) / 100) / 1000,
      valueAmount: hasValue ? Math.round(usd * (UNITS_PER_USD[currency] ?? 1) * 100) / 100 : null,
      paymentCurrency: hasValue ? currency : null,
      contractDate: null,
      departureDate: isoDay(
        arrivalDay - (bySea ? 5 + Math.floor(random() * 30) : 2 + Math.floor(random() * 8)),
      ),
      arrivalDate: isoDay(arrivalDay),
      vesselName: bySea ? pickOne(random, VESSELS) : null,
      vesselImo: null,
      importer: pickOne(random, IMPORTERS),
      status,
      notes: null,
      priceBasis: PRICE_BASIS_BY_MODE[route.mode],
    };
  }
}

/** Columns of `shipmentCopyLine`, for `COPY shipments (...) FROM STDIN`: every stored column. */
export const SHIPMENT_COPY_COLUMNS = SHIPMENT_COLUMN_NAMES;

const copyValue = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '\\N' : String(value);

/** One line of PostgreSQL COPY text format (generated values hold no tab, newline or backslash). */
export function shipmentCopyLine(shipment: ShipmentInput & { volumeBarrels: number }): string {
  const hex = createHash('md5').update(shipment.reference, 'utf8').digest('hex');
  const destinationCountry = resolveDestinationCountry(shipment, DEFAULT_HOME_COUNTRY);
  const byColumn: Record<ShipmentColumn, string | number> = {
    id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    reference: shipment.reference,
    commodity: shipment.commodity,
    origin_country: shipment.originCountry,
    load_port: copyValue(shipment.loadPort),
    discharge_port: copyValue(shipment.dischargePort),
    transport_mode: shipment.transportMode,
    transit_countries: `{${(shipment.transitCountries ?? []).join(',')}}`,
    volume_tonnes: shipment.volumeTonnes,
    volume_barrels: shipment.volumeBarrels,
    value_amount: copyValue(shipment.valueAmount),
    payment_currency: copyValue(shipment.paymentCurrency),
    contract_date: copyValue(shipment.contractDate),
    departure_date: copyValue(shipment.departureDate),
    arrival_date: shipment.arrivalDate,
    vessel_name: copyValue(shipment.vesselName),
    vessel_imo: copyValue(shipment.vesselImo),
    importer: copyValue(shipment.importer),
    status: shipment.status ?? 'delivered',
    notes: copyValue(shipment.notes),
    // The generator makes none of the JSON-only details (API gravity, STS point, legs) nor overrides.
    api_gravity: '\\N',
    sts_transfer_point: '\\N',
    legs: '\\N',
    destination_country: destinationCountry,
    price_basis: shipment.priceBasis ?? 'unknown',
    chokepoints: '\\N',
    chokepoints_passed: `{${chokepointsPassed({ ...shipment, destinationCountry }).join(',')}}`,
  };
  return SHIPMENT_COPY_COLUMNS.map((column) => byColumn[column]).join('\t');
}

/** One line of the shipment CSV (the import's CSV columns); generated values need no quoting. */
export function shipmentCsvLine(shipment: ShipmentInput): string {
  const cell = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  const byColumn: Record<(typeof SHIPMENT_CSV_COLUMNS)[number], string> = {
    reference: shipment.reference,
    commodity: shipment.commodity,
    origin_country: shipment.originCountry,
    load_port: cell(shipment.loadPort),
    discharge_port: cell(shipment.dischargePort),
    transport_mode: shipment.transportMode,
    transit_countries: (shipment.transitCountries ?? []).join('|'),
    volume_tonnes: cell(shipment.volumeTonnes),
    value_amount: cell(shipment.valueAmount),
    payment_currency: cell(shipment.paymentCurrency),
    contract_date: cell(shipment.contractDate),
    departure_date: cell(shipment.departureDate),
    arrival_date: shipment.arrivalDate,
    vessel_name: cell(shipment.vesselName),
    vessel_imo: cell(shipment.vesselImo),
    importer: cell(shipment.importer),
    status: shipment.status ?? 'delivered',
    notes: cell(shipment.notes),
    destination_country: cell(shipment.destinationCountry),
    price_basis: cell(shipment.priceBasis),
    chokepoints: shipment.chokepoints ? shipment.chokepoints.join('|') || 'none' : '',
  };
  return SHIPMENT_CSV_COLUMNS.map((column) => byColumn[column]).join(',');
}
