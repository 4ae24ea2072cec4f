import { alpha3OfCountry, COMTRADE_COLUMNS, type ComtradeColumn, countryName } from '@tradeflow/domain';

/**
 * The official-statistics sample: monthly imports of crude oil (HS 2709) and LPG (271112 propane,
 * 271113 butanes) of Pakistan and India from a few partners, January 2023 to October 2026, in the
 * UN Comtrade+ CSV format. ILLUSTRATIVE VALUES, NOT UN COMTRADE DATA: levels in the broad order of
 * the real trade, generated from a fixed seed; Pakistan's Russian (June 2023) and US (October 2025 to
 * January 2026) crude follow the cargoes of the sample story. Like a real download it carries World
 * rows and a few breakdown rows (by mode of transport, customs procedure, second partner) that an
 * import skips. Written to docs/samples/ (OFFICIAL_SAMPLE_FILE) so users can import it themselves;
 * a test keeps that file equal to this.
 */
export const OFFICIAL_SAMPLE_FILE = 'docs/samples/comtrade-plus-ILLUSTRATIVE-pakistan-india-2023-2026.csv';
export const OFFICIAL_SAMPLE_NOTE = 'ILLUSTRATIVE sample values, not UN Comtrade data';

const FIRST_MONTH = '2023-01';
const LAST_MONTH = '2026-10';

interface PartnerFlow {
  partner: string;
  cmdCode: string;
  /** Typical tonnes a month. */
  tonnes: number;
  /** Months with imports (YYYY-MM), or every month. */
  months?: (month: string) => boolean;
  /** Tonnes of a given month instead of the typical figure (the story's cargoes). */
  fixed?: Record<string, number>;
}

const USD_PER_TONNE: Record<string, number> = { '2709': 560, '271112': 590, '271113': 620 };
const CMD_DESC: Record<string, string> = {
  '2709': 'Petroleum oils and oils obtained from bituminous minerals; crude',
  '271112': 'Petroleum gases and other gaseous hydrocarbons; liquefied, propane',
  '271113': 'Petroleum gases and other gaseous hydrocarbons; liquefied, butanes',
};

const within = (first: string, last: string) => (month: string) => month >= first && month <= last;

const FLOWS: Record<string, PartnerFlow[]> = {
  PK: [
    { partner: 'SA', cmdCode: '2709', tonnes: 330_000 },
    { partner: 'AE', cmdCode: '2709', tonnes: 230_000 },
    { partner: 'KW', cmdCode: '2709', tonnes: 72_000 },
    {
      partner: 'RU',
      cmdCode: '2709',
      tonnes: 0,
      months: (m) => m === '2023-06',
      fixed: { '2023-06': 101_142 },
    },
    {
      partner: 'US',
      cmdCode: '2709',
      tonnes: 0,
      months: (m) => ['2025-10', '2025-11', '2026-01'].includes(m),
      fixed: { '2025-10': 136_400, '2025-11': 136_400, '2026-01': 136_400 },
    },
    { partner: 'QA', cmdCode: '271112', tonnes: 18_000 },
    { partner: 'QA', cmdCode: '271113', tonnes: 12_000 },
    { partner: 'OM', cmdCode: '271112', tonnes: 6_000 },
    { partner: 'OM', cmdCode: '271113', tonnes: 4_000 },
    {
      partner: 'RU',
      cmdCode: '271112',
      tonnes: 0,
      months: (m) => m === '2023-06',
      fixed: { '2023-06': 735 },
    },
  ],
  IN: [
    { partner: 'IQ', cmdCode: '2709', tonnes: 4_100_000 },
    { partner: 'SA', cmdCode: '2709', tonnes: 3_000_000 },
    { partner: 'RU', cmdCode: '2709', tonnes: 6_400_000, months: within('2023-01', LAST_MONTH) },
    { partner: 'AE', cmdCode: '2709', tonnes: 1_500_000 },
    { partner: 'US', cmdCode: '2709', tonnes: 800_000 },
    { partner: 'AE', cmdCode: '271112', tonnes: 420_000 },
    { partner: 'AE', cmdCode: '271113', tonnes: 280_000 },
    { partner: 'QA', cmdCode: '271112', tonnes: 300_000 },
    { partner: 'QA', cmdCode: '271113', tonnes: 200_000 },
    { partner: 'SA', cmdCode: '271112', tonnes: 240_000 },
    { partner: 'SA', cmdCode: '271113', tonnes: 160_000 },
  ],
};

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

function monthsOfSample(): string[] {
  const months: string[] = [];
  for (let [year, month] = FIRST_MONTH.split('-').map(Number) as [number, number]; ;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label > LAST_MONTH) return months;
    months.push(label);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
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
  for (const month of monthsOfSample()) {
    for (const [reporter, flows] of Object.entries(FLOWS)) {
      const worldByCmd = new Map<string, { kg: number; usd: number }>();
      for (const flow of flows) {
        if (flow.months && !flow.months(month)) continue;
        const tonnes = flow.fixed?.[month] ?? Math.round(flow.tonnes * (0.82 + 0.36 * next()));
        const kg = tonnes * 1000 + Math.round(next() * 999);
        const usd = Math.round(tonnes * (USD_PER_TONNE[flow.cmdCode] as number) * (0.9 + 0.2 * next()));
        const row = line(reporter, month, flow.cmdCode, flow.partner, kg, usd);
        // A few rows as Comtrade sometimes has them: the weight estimated, or only the quantity.
        if (next() < 0.08) row.isNetWgtEstimated = true;
        if (reporter === 'PK' && flow.cmdCode !== '2709' && month < '2023-07') row.netWgt = '';
        lines.push(row);
        const world = worldByCmd.get(flow.cmdCode) ?? { kg: 0, usd: 0 };
        worldByCmd.set(flow.cmdCode, { kg: world.kg + kg, usd: world.usd + usd });
        // Breakdowns that repeat part of the total row (2024, Pakistan's Saudi crude).
        if (
          reporter === 'PK' &&
          flow.partner === 'SA' &&
          flow.cmdCode === '2709' &&
          month.startsWith('2024')
        ) {
          lines.push({ ...row, motCode: 2100, motDesc: 'Sea' });
          if (month.endsWith('06'))
            lines.push({ ...row, customsCode: 'C01', customsDesc: 'Imports for home use' });
          if (month.endsWith('12'))
            lines.push({
              ...row,
              partner2Code: 784,
              partner2ISO: 'ARE',
              partner2Desc: 'United Arab Emirates',
            });
        }
      }
      for (const [cmdCode, world] of worldByCmd)
        lines.push(line(reporter, month, cmdCode, null, world.kg, world.usd));
    }
  }
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
