import {
  alpha3OfCountry,
  COMTRADE_COLUMNS,
  type ComtradeColumn,
  countryName,
  DEFAULT_HOME_COUNTRY,
} from '@tradeflow/domain';
import { illustrativeShipments } from './illustrative-series';
import { SEED_STORY_SHIPMENTS } from './seed-story';

/**
 * The official-statistics sample: monthly imports of crude oil (HS 2709) and LPG (271112 propane,
 * 271113 butanes) of Pakistan (from January 2023) and India (from July 2024, when its cargo records
 * start) to October 2026, in the UN Comtrade+ CSV format. ILLUSTRATIVE VALUES, NOT UN COMTRADE DATA:
 * each partner-month is the sample's own delivered cargoes of that month, off by a few per cent as
 * customs figures are (a fixed seed), except for three gaps the Reconciliation page is there to find:
 * Pakistan's second US cargo (arrived 10 November 2025) booked in December, the illustrative Russian
 * cargo of March 2024 missing, and India's Russian crude of June 2025 under-reported by 30%. Like a
 * real download it carries World rows and a few breakdown rows (by mode of transport, customs
 * procedure, second partner) that an import skips. Written to docs/samples/ (OFFICIAL_SAMPLE_FILE)
 * so users can import it themselves; a test keeps that file equal to this.
 */
export const OFFICIAL_SAMPLE_FILE = 'docs/samples/comtrade-plus-ILLUSTRATIVE-pakistan-india-2023-2026.csv';
export const OFFICIAL_SAMPLE_NOTE = 'ILLUSTRATIVE sample values, not UN Comtrade data';

const FIRST_MONTH: Record<string, string> = { PK: '2023-01', IN: '2024-07' };
const LAST_MONTH = '2026-10';
/** A day after LAST_MONTH: the cargo sample's months up to LAST_MONTH do not depend on the load day. */
const CARGOES_AS_LOADED_ON = '2026-11-30';

/** The sample's deliberate gaps between cargo records and statistics. */
const BOOKED_IN_ANOTHER_MONTH: Record<string, string> = { 'PK-US-CRUDE-2025-002': '2025-12' };
const NOT_IN_THE_STATISTICS = new Set(['ILL-2024-03-RU-CRUDE']);
const UNDER_REPORTED: { importer: string; partner: string; month: string; factor: number }[] = [
  { importer: 'IN', partner: 'RU', month: '2025-06', factor: 0.7 },
];

const USD_PER_TONNE: Record<string, number> = { '2709': 560, '271112': 590, '271113': 620 };
/** LPG cargoes are propane and butanes; the statistics split them (about 60:40 in the Gulf trade). */
const LPG_PROPANE_SHARE = 0.6;
const CMD_DESC: Record<string, string> = {
  '2709': 'Petroleum oils and oils obtained from bituminous minerals; crude',
  '271112': 'Petroleum gases and other gaseous hydrocarbons; liquefied, propane',
  '271113': 'Petroleum gases and other gaseous hydrocarbons; liquefied, butanes',
};

/** Tonnes of delivered crude and LPG per importer, month, partner and HS code, as the statistics book them. */
function officialTonnes(): Map<string, number> {
  const tonnes = new Map<string, number>();
  const cargoes = [...SEED_STORY_SHIPMENTS, ...illustrativeShipments(CARGOES_AS_LOADED_ON)];
  for (const cargo of cargoes) {
    if (cargo.status !== 'delivered' || NOT_IN_THE_STATISTICS.has(cargo.reference)) continue;
    if (cargo.commodity !== 'crude_oil' && cargo.commodity !== 'lpg') continue;
    const importer = cargo.destinationCountry ?? DEFAULT_HOME_COUNTRY;
    const month = BOOKED_IN_ANOTHER_MONTH[cargo.reference] ?? cargo.arrivalDate.slice(0, 7);
    if (month < (FIRST_MONTH[importer] ?? LAST_MONTH) || month > LAST_MONTH) continue;
    const parts: [string, number][] =
      cargo.commodity === 'crude_oil'
        ? [['2709', 1]]
        : [
            ['271112', LPG_PROPANE_SHARE],
            ['271113', 1 - LPG_PROPANE_SHARE],
          ];
    for (const [cmdCode, share] of parts) {
      const key = [importer, month, cargo.originCountry, cmdCode].join(' ');
      tonnes.set(key, (tonnes.get(key) ?? 0) + cargo.volumeTonnes * share);
    }
  }
  for (const { importer, partner, month, factor } of UNDER_REPORTED) {
    const key = [importer, month, partner, '2709'].join(' ');
    tonnes.set(key, (tonnes.get(key) ?? 0) * factor);
  }
  return new Map([...tonnes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const M49: Record<string, number> = {
  PK: 586,
  IN: 699,
  SA: 682,
  AE: 784,
  KW: 414,
  RU: 643,
  US: 842,
  QA: 634,
  OM: 512,
  IQ: 368,
};

/** A fixed-seed generator (mulberry32): the same sample on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Line = Partial<Record<ComtradeColumn, string | number | boolean>>;

function line(
  reporter: string,
  month: string,
  cmdCode: string,
  partner: string | null,
  kg: number,
  usd: number,
): Line {
  const [year, monthNumber] = month.split('-');
  return {
    typeCode: 'C',
    freqCode: 'M',
    refPeriodId: `${year}${monthNumber}01`,
    refYear: year,
    refMonth: Number(monthNumber),
    period: `${year}${monthNumber}`,
    reporterCode: M49[reporter],
    reporterISO: alpha3OfCountry(reporter),
    reporterDesc: countryName(reporter),
    flowCode: 'M',
    flowDesc: 'Import',
    partnerCode: partner === null ? 0 : M49[partner],
    partnerISO: partner === null ? 'W00' : alpha3OfCountry(partner),
    partnerDesc: partner === null ? 'World' : countryName(partner),
    partner2Code: 0,
    partner2ISO: 'W00',
    partner2Desc: 'World',
    classificationCode: 'H6',
    classificationSearchCode: 'HS',
    isOriginalClassification: true,
    cmdCode,
    cmdDesc: CMD_DESC[cmdCode],
    aggrLevel: cmdCode.length,
    isLeaf: cmdCode.length === 6,
    customsCode: 'C00',
    customsDesc: 'TOTAL CPC',
    mosCode: 0,
    motCode: 0,
    motDesc: 'TOTAL MOT',
    qtyUnitCode: 8,
    qtyUnitAbbr: 'kg',
    qty: kg,
    isQtyEstimated: false,
    altQtyUnitCode: 8,
    altQtyUnitAbbr: 'kg',
    altQty: kg,
    isAltQtyEstimated: false,
    netWgt: kg,
    isNetWgtEstimated: false,
    grossWgt: kg,
    isGrossWgtEstimated: false,
    cifvalue: usd,
    fobvalue: '',
    primaryValue: usd,
    legacyEstimationFlag: 0,
    isReported: true,
    isAggregate: partner === null,
  };
}

/** The sample file's text. */
export function officialStatsSampleCsv(): string {
  const next = random(20230611);
  const lines: Line[] = [];
  const worlds = new Map<
    string,
    { reporter: string; month: string; cmdCode: string; kg: number; usd: number }
  >();
  for (const [key, cargoTonnes] of officialTonnes()) {
    const [reporter, month, partner, cmdCode] = key.split(' ') as [string, string, string, string];
    const tonnes = cargoTonnes * (0.96 + 0.08 * next());
    const kg = Math.round(tonnes * 1000);
    const usd = Math.round(tonnes * (USD_PER_TONNE[cmdCode] as number) * (0.9 + 0.2 * next()));
    const row = line(reporter, month, cmdCode, partner, kg, usd);
    // A few rows as Comtrade sometimes has them: the weight estimated, or only the quantity.
    if (next() < 0.08) row.isNetWgtEstimated = true;
    if (reporter === 'PK' && cmdCode !== '2709' && month < '2023-07') row.netWgt = '';
    lines.push(row);
    // Breakdowns that repeat part of the total row (2024, Pakistan's Saudi crude).
    if (reporter === 'PK' && partner === 'SA' && cmdCode === '2709' && month.startsWith('2024')) {
      lines.push({ ...row, motCode: 2100, motDesc: 'Sea' });
      if (month.endsWith('06'))
        lines.push({ ...row, customsCode: 'C01', customsDesc: 'Imports for home use' });
      if (month.endsWith('12'))
        lines.push({ ...row, partner2Code: 784, partner2ISO: 'ARE', partner2Desc: 'United Arab Emirates' });
    }
    const worldKey = [reporter, month, cmdCode].join(' ');
    const world = worlds.get(worldKey) ?? { reporter, month, cmdCode, kg: 0, usd: 0 };
    worlds.set(worldKey, { ...world, kg: world.kg + kg, usd: world.usd + usd });
  }
  for (const { reporter, month, cmdCode, kg, usd } of worlds.values())
    lines.push(line(reporter, month, cmdCode, null, kg, usd));
  const columns = [...COMTRADE_COLUMNS, 'tradeflowNote'] as const;
  const text = lines.map((row) =>
    columns
      .map((column) => csvCell(column === 'tradeflowNote' ? OFFICIAL_SAMPLE_NOTE : row[column]))
      .join(','),
  );
  return `${[columns.join(','), ...text].join('\n')}\n`;
}

function csvCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
