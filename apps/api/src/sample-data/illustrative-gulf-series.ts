import type { CommodityCode, ShipmentInput } from '@tradeflow/domain';

export const ILLUSTRATIVE_NOTE = 'Illustrative sample data: generated, not trade statistics.';

interface SupplyLine {
  origin: string;
  commodity: CommodityCode;
  loadPort: string;
  cargoesPerMonth: number;
  cargoTonnes: [number, number];
  /** Share of cargoes paid in a currency other than USD, and which. */
  localCurrency?: { code: string; share: number; perUsd: number };
}

// Pakistan's import pattern in broad strokes: Gulf crude into Karachi/Port Qasim, products and LPG.
const SUPPLY_LINES: SupplyLine[] = [
  {
    origin: 'SA',
    commodity: 'crude_oil',
    loadPort: 'SARTA',
    cargoesPerMonth: 4,
    cargoTonnes: [70000, 95000],
  },
  {
    origin: 'AE',
    commodity: 'crude_oil',
    loadPort: 'AERUW',
    cargoesPerMonth: 3,
    cargoTonnes: [65000, 90000],
    localCurrency: { code: 'AED', share: 0.2, perUsd: 3.6725 },
  },
  {
    origin: 'KW',
    commodity: 'crude_oil',
    loadPort: 'KWMEA',
    cargoesPerMonth: 1,
    cargoTonnes: [60000, 85000],
  },
  { origin: 'KW', commodity: 'diesel', loadPort: 'KWMEA', cargoesPerMonth: 2, cargoTonnes: [35000, 55000] },
  { origin: 'AE', commodity: 'gasoline', loadPort: 'AEFJR', cargoesPerMonth: 2, cargoTonnes: [30000, 50000] },
  {
    origin: 'SA',
    commodity: 'diesel',
    loadPort: 'SAJUB',
    cargoesPerMonth: 1,
    cargoTonnes: [35000, 55000],
    localCurrency: { code: 'SAR', share: 0.25, perUsd: 3.75 },
  },
  { origin: 'OM', commodity: 'fuel_oil', loadPort: 'OMSOH', cargoesPerMonth: 1, cargoTonnes: [25000, 45000] },
  { origin: 'QA', commodity: 'lpg', loadPort: 'QARLF', cargoesPerMonth: 2, cargoTonnes: [8000, 22000] },
  { origin: 'OM', commodity: 'lpg', loadPort: 'OMSOH', cargoesPerMonth: 1, cargoTonnes: [6000, 15000] },
  { origin: 'QA', commodity: 'jet_fuel', loadPort: 'QARLF', cargoesPerMonth: 1, cargoTonnes: [20000, 35000] },
];

const USD_PER_TONNE: Record<CommodityCode, number> = {
  crude_oil: 560,
  lpg: 610,
  diesel: 760,
  gasoline: 800,
  fuel_oil: 470,
  jet_fuel: 780,
};

/** Small deterministic generator (mulberry32) so the sample is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Monthly Gulf supplies of crude, LPG and products from `fromMonth` through `toMonth` (YYYY-MM). */
export function illustrativeGulfSeries(fromMonth = '2019-01', toMonth = '2026-10'): ShipmentInput[] {
  const random = seededRandom(20230611);
  const shipments: ShipmentInput[] = [];
  let [year, month] = fromMonth.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = toMonth.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const monthKey = `${year}-${String(month).padStart(2, '0')}`;
    for (const line of SUPPLY_LINES) {
      for (let cargo = 1; cargo <= line.cargoesPerMonth; cargo++) {
        const [min, max] = line.cargoTonnes;
        const tonnes = Math.round((min + random() * (max - min)) * 1000) / 1000;
        const day = 1 + Math.floor(random() * daysInMonth);
        const arrivalDate = `${monthKey}-${String(day).padStart(2, '0')}`;
        const voyageDays = 5 + Math.floor(random() * 6);
        const departureDate = new Date(Date.parse(arrivalDate) - voyageDays * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const usdValue = tonnes * USD_PER_TONNE[line.commodity] * (0.8 + random() * 0.4);
        const local =
          line.localCurrency && random() < line.localCurrency.share ? line.localCurrency : undefined;
        shipments.push({
          reference: `ILL-${monthKey}-${line.origin}-${line.commodity.toUpperCase()}-${cargo}`,
          commodity: line.commodity,
          originCountry: line.origin,
          loadPort: line.loadPort,
          dischargePort: line.commodity === 'crude_oil' && cargo % 2 === 0 ? 'PKBQM' : 'PKKHI',
          transportMode: 'sea',
          transitCountries: [],
          volumeTonnes: tonnes,
          valueAmount: Math.round(usdValue * (local?.perUsd ?? 1) * 100) / 100,
          paymentCurrency: local?.code ?? 'USD',
          contractDate: null,
          departureDate,
          arrivalDate,
          vesselName: null,
          vesselImo: null,
          importer: line.commodity === 'crude_oil' ? 'Illustrative Refinery Co' : 'Illustrative Marketing Co',
          status: 'delivered',
          notes: ILLUSTRATIVE_NOTE,
        });
      }
    }
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return shipments;
}
