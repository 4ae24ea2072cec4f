import { COUNTRIES } from './countries';
import { isWellFormedLocode } from './ports';

/*
 * Maritime chokepoints of the world oil trade and the sea lanes between the basins that load and
 * discharge oil. The eight chokepoints are those of the US Energy Information Administration's
 * "World Oil Transit Chokepoints"; the sea areas and the distances between them are this table's own
 * coarse model (nautical miles rounded to hundreds, from common port-to-port tables), fine enough
 * to decide which chokepoints a lane passes, not to plan a voyage.
 */

export const CHOKEPOINT_SOURCE =
  'US Energy Information Administration (EIA), "World Oil Transit Chokepoints" (eia.gov/international/analysis/special-topics/World_Oil_Transit_Chokepoints); sea lanes: tradeflow\'s sea-area table (shortest lane by distance)';

export const CHOKEPOINTS = [
  { code: 'hormuz', name: 'Strait of Hormuz' },
  { code: 'bab_el_mandeb', name: 'Bab el-Mandeb' },
  { code: 'suez', name: 'Suez Canal / SUMED pipeline' },
  { code: 'malacca', name: 'Strait of Malacca' },
  { code: 'cape_of_good_hope', name: 'Cape of Good Hope' },
  { code: 'turkish_straits', name: 'Turkish Straits' },
  { code: 'danish_straits', name: 'Danish Straits' },
  { code: 'panama', name: 'Panama Canal' },
] as const;

export type ChokepointCode = (typeof CHOKEPOINTS)[number]['code'];

export const CHOKEPOINT_CODES: readonly ChokepointCode[] = CHOKEPOINTS.map((c) => c.code);

/** Group key (groupBy=chokepoint) of sea shipments that pass none, and of every other mode. */
export const NO_CHOKEPOINT_KEY = 'none';

/** CSV cell of an override that says "passes none" (an empty cell means: derive from the route). */
export const NO_CHOKEPOINT_CSV_CELL = 'none';

const chokepointNames = new Map<string, string>(CHOKEPOINTS.map((c) => [c.code, c.name]));

export function isChokepointCode(code: string): code is ChokepointCode {
  return chokepointNames.has(code);
}

export function chokepointName(code: string): string | undefined {
  return chokepointNames.get(code);
}

/** Codes in the table's order (Hormuz first), each once. */
export function canonicalChokepoints(codes: Iterable<string>): ChokepointCode[] {
  const set = new Set(codes);
  return CHOKEPOINT_CODES.filter((code) => set.has(code));
}

export const SEA_AREAS = [
  'persian_gulf',
  'indian_ocean',
  'red_sea',
  'mediterranean',
  'black_sea',
  'baltic',
  'north_west_europe',
  'arctic',
  'atlantic_americas',
  'west_africa',
  'malacca_ports',
  'east_asia',
  'pacific_americas',
] as const;

export type SeaArea = (typeof SEA_AREAS)[number];

/**
 * Lanes between neighbouring sea areas: [area, area, nautical miles, chokepoint passed or null].
 * Lanes run both ways; a voyage takes the shortest chain of lanes.
 */
export const SEA_LANES: readonly (readonly [SeaArea, SeaArea, number, ChokepointCode | null])[] = [
  ['persian_gulf', 'indian_ocean', 800, 'hormuz'],
  ['red_sea', 'indian_ocean', 2300, 'bab_el_mandeb'],
  ['red_sea', 'mediterranean', 800, 'suez'],
  ['mediterranean', 'black_sea', 900, 'turkish_straits'],
  ['baltic', 'north_west_europe', 800, 'danish_straits'],
  ['arctic', 'north_west_europe', 1500, null],
  ['north_west_europe', 'mediterranean', 3200, null],
  ['north_west_europe', 'atlantic_americas', 5000, null],
  ['north_west_europe', 'west_africa', 4200, null],
  ['mediterranean', 'atlantic_americas', 6400, null],
  ['mediterranean', 'west_africa', 5000, null],
  ['atlantic_americas', 'west_africa', 5500, null],
  ['west_africa', 'indian_ocean', 7800, 'cape_of_good_hope'],
  ['atlantic_americas', 'indian_ocean', 12100, 'cape_of_good_hope'],
  ['malacca_ports', 'indian_ocean', 2700, 'malacca'],
  ['malacca_ports', 'east_asia', 2200, null],
  ['east_asia', 'pacific_americas', 5500, null],
  ['pacific_americas', 'atlantic_americas', 2500, 'panama'],
];

/** The sea area of a country's oil ports when no port is known (its main oil coast). */
export const SEA_AREA_BY_COUNTRY: Readonly<Record<string, SeaArea>> = {
  // Inside the Strait of Hormuz (the UAE's Fujairah and Khor Fakkan lie outside: see the ports).
  SA: 'persian_gulf',
  KW: 'persian_gulf',
  IQ: 'persian_gulf',
  QA: 'persian_gulf',
  BH: 'persian_gulf',
  IR: 'persian_gulf',
  AE: 'persian_gulf',
  // Arabian Sea, Gulf of Oman and the rest of the Indian Ocean rim.
  OM: 'indian_ocean',
  PK: 'indian_ocean',
  IN: 'indian_ocean',
  LK: 'indian_ocean',
  BD: 'indian_ocean',
  YE: 'indian_ocean',
  KE: 'indian_ocean',
  TZ: 'indian_ocean',
  MZ: 'indian_ocean',
  ZA: 'indian_ocean',
  // Red Sea coasts.
  SD: 'red_sea',
  ER: 'red_sea',
  JO: 'red_sea',
  // Mediterranean (Azerbaijan's crude leaves by the Baku-Tbilisi-Ceyhan pipeline).
  EG: 'mediterranean',
  LY: 'mediterranean',
  DZ: 'mediterranean',
  TN: 'mediterranean',
  IT: 'mediterranean',
  GR: 'mediterranean',
  ES: 'mediterranean',
  TR: 'mediterranean',
  CY: 'mediterranean',
  MT: 'mediterranean',
  IL: 'mediterranean',
  AZ: 'mediterranean',
  // Black Sea (Kazakhstan's crude leaves by the CPC terminal near Novorossiysk).
  KZ: 'black_sea',
  UA: 'black_sea',
  RO: 'black_sea',
  BG: 'black_sea',
  GE: 'black_sea',
  // Baltic: Russia's main western crude ports (Primorsk, Ust-Luga) are here.
  RU: 'baltic',
  EE: 'baltic',
  LV: 'baltic',
  LT: 'baltic',
  PL: 'baltic',
  FI: 'baltic',
  SE: 'baltic',
  // North Sea and the European Atlantic.
  NL: 'north_west_europe',
  BE: 'north_west_europe',
  DE: 'north_west_europe',
  GB: 'north_west_europe',
  NO: 'north_west_europe',
  DK: 'north_west_europe',
  FR: 'north_west_europe',
  IE: 'north_west_europe',
  // The Americas' Atlantic and Gulf of Mexico coasts.
  US: 'atlantic_americas',
  CA: 'atlantic_americas',
  MX: 'atlantic_americas',
  BR: 'atlantic_americas',
  VE: 'atlantic_americas',
  CO: 'atlantic_americas',
  GY: 'atlantic_americas',
  AR: 'atlantic_americas',
  TT: 'atlantic_americas',
  // West Africa.
  NG: 'west_africa',
  AO: 'west_africa',
  GH: 'west_africa',
  CG: 'west_africa',
  GA: 'west_africa',
  GQ: 'west_africa',
  CM: 'west_africa',
  CI: 'west_africa',
  SN: 'west_africa',
  // On the Strait of Malacca and Singapore Strait.
  MY: 'malacca_ports',
  SG: 'malacca_ports',
  // East of Malacca.
  CN: 'east_asia',
  JP: 'east_asia',
  KR: 'east_asia',
  TW: 'east_asia',
  VN: 'east_asia',
  TH: 'east_asia',
  PH: 'east_asia',
  BN: 'east_asia',
  // The Americas' Pacific coast.
  EC: 'pacific_americas',
  PE: 'pacific_americas',
  CL: 'pacific_americas',
};

/** Ports whose sea area is not their country's (see SEA_AREA_BY_COUNTRY). */
export const SEA_AREA_BY_PORT: Readonly<Record<string, SeaArea>> = {
  AEFJR: 'indian_ocean', // Fujairah, on the Gulf of Oman: outside Hormuz
  AEKLF: 'indian_ocean', // Khor Fakkan, on the Gulf of Oman
  SAJED: 'red_sea', // Jeddah
  SAYNB: 'red_sea', // Yanbu, the Red Sea end of Saudi Arabia's East-West pipeline
  RUNVS: 'black_sea', // Novorossiysk
  RUTUA: 'black_sea', // Tuapse
  RUMMK: 'arctic', // Murmansk
  RUVVO: 'east_asia', // Vladivostok (and the Kozmino terminal nearby)
};

/** The sea area of a port (UN/LOCODE), else of its country; undefined when the table has neither. */
export function seaAreaOfPort(locode: string): SeaArea | undefined {
  return SEA_AREA_BY_PORT[locode] ?? SEA_AREA_BY_COUNTRY[locode.slice(0, 2)];
}

export function seaAreaOfCountry(country: string): SeaArea | undefined {
  return SEA_AREA_BY_COUNTRY[country];
}

// Longest names first, so "Equatorial Guinea" is found before "Guinea".
const COUNTRIES_BY_NAME_LENGTH = [...COUNTRIES].sort((a, b) => b.name.length - a.name.length);

/**
 * The sea area of a ship-to-ship transfer point: a UN/LOCODE, or free text naming a country
 * ("off Sohar, Oman"); undefined when neither is recognised.
 */
export function seaAreaOfTransferPoint(point: string): SeaArea | undefined {
  const trimmed = point.trim();
  if (isWellFormedLocode(trimmed)) return seaAreaOfPort(trimmed);
  const text = trimmed.toLowerCase();
  for (const country of COUNTRIES_BY_NAME_LENGTH) {
    const area = SEA_AREA_BY_COUNTRY[country.code];
    if (area && new RegExp(`\\b${escapeRegExp(country.name.toLowerCase())}\\b`).test(text)) return area;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const neighbours = new Map<SeaArea, { to: SeaArea; miles: number; chokepoint: ChokepointCode | null }[]>();
for (const [a, b, miles, chokepoint] of SEA_LANES) {
  neighbours.set(a, [...(neighbours.get(a) ?? []), { to: b, miles, chokepoint }]);
  neighbours.set(b, [...(neighbours.get(b) ?? []), { to: a, miles, chokepoint }]);
}

/** The chokepoints of the shortest lane chain from one sea area to another (Dijkstra over SEA_LANES). */
export function chokepointsBetween(from: SeaArea, to: SeaArea): ChokepointCode[] {
  const distance = new Map<SeaArea, number>([[from, 0]]);
  const via = new Map<SeaArea, { previous: SeaArea; chokepoint: ChokepointCode | null }>();
  const open = new Set<SeaArea>([from]);
  const done = new Set<SeaArea>();
  while (open.size) {
    const current = [...open].reduce((best, area) =>
      (distance.get(area) as number) < (distance.get(best) as number) ? area : best,
    );
    open.delete(current);
    done.add(current);
    if (current === to) break;
    for (const lane of neighbours.get(current) ?? []) {
      if (done.has(lane.to)) continue;
      const candidate = (distance.get(current) as number) + lane.miles;
      if (candidate < (distance.get(lane.to) ?? Infinity)) {
        distance.set(lane.to, candidate);
        via.set(lane.to, { previous: current, chokepoint: lane.chokepoint });
        open.add(lane.to);
      }
    }
  }
  const passed: ChokepointCode[] = [];
  for (let area = to; area !== from;) {
    const step = via.get(area);
    if (!step) return [];
    if (step.chokepoint) passed.push(step.chokepoint);
    area = step.previous;
  }
  return canonicalChokepoints(passed);
}

/** The route fields the chokepoints are derived from. */
export interface ChokepointRoute {
  transportMode: string;
  originCountry: string;
  loadPort?: string | null;
  stsTransferPoint?: string | null;
  dischargePort?: string | null;
  /** The importing country: the discharge side when no discharge port is known. */
  destinationCountry?: string | null;
}

/**
 * The chokepoints a shipment passes by the sea-lane table: none for road, rail and pipeline; for
 * sea, the lanes from the load port (else the origin country) via the ship-to-ship point (when the
 * table recognises it) to the discharge port (else the importing country). Empty when the table
 * knows no sea area for either end.
 */
export function deriveChokepoints(route: ChokepointRoute): ChokepointCode[] {
  if (route.transportMode !== 'sea') return [];
  const start = route.loadPort ? seaAreaOfPort(route.loadPort) : seaAreaOfCountry(route.originCountry);
  const end = route.dischargePort
    ? seaAreaOfPort(route.dischargePort)
    : route.destinationCountry
      ? seaAreaOfCountry(route.destinationCountry)
      : undefined;
  if (!start || !end) return [];
  const transfer = route.stsTransferPoint ? seaAreaOfTransferPoint(route.stsTransferPoint) : undefined;
  if (!transfer) return chokepointsBetween(start, end);
  return canonicalChokepoints([...chokepointsBetween(start, transfer), ...chokepointsBetween(transfer, end)]);
}

/** The chokepoints a shipment passes: its override when it has one (even an empty one), else derived. */
export function chokepointsPassed(
  route: ChokepointRoute & { chokepoints?: readonly string[] | null },
): ChokepointCode[] {
  return route.chokepoints ? canonicalChokepoints(route.chokepoints) : deriveChokepoints(route);
}

/** Why `value` is not a valid chokepoints override (an array of codes, each once), or undefined. */
export function chokepointsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value) || !value.every((code) => typeof code === 'string')) {
    return `must be an array of chokepoint codes (${CHOKEPOINT_CODES.join(', ')}), or null to derive them from the route`;
  }
  for (const [index, code] of (value as string[]).entries()) {
    if (!isChokepointCode(code)) {
      return `unknown chokepoint code ${JSON.stringify(code)}; expected one of ${CHOKEPOINT_CODES.join(', ')}`;
    }
    if (value.indexOf(code) !== index) return `lists ${JSON.stringify(code)} more than once`;
  }
  return undefined;
}
