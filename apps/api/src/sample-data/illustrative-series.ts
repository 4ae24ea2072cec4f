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

/** The months `fromMonth` (YYYY-MM) through the month of `throughDate` (YYYY-MM-DD), oldest first. */
function monthsThrough(fromMonth: string, throughDate: string): { key: string; days: number }[] {
  const months: { key: string; days: number }[] = [];
  let [year, month] = fromMonth.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = throughDate.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push({
      key: `${year}-${String(month).padStart(2, '0')}`,
      days: new Date(Date.UTC(year, month, 0)).getUTCDate(),
    });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Monthly Gulf supplies of crude, LPG and products from `fromMonth` up to and including
 * `throughDate` (the day the sample is loaded), so the last month is as full as the days it has had.
 * The random draws do not depend on `throughDate`: an earlier month is the same whatever the load day.
 */
export function illustrativeGulfSeries(throughDate: string, fromMonth = '2019-01'): ShipmentInput[] {
  const random = seededRandom(20230611);
  const shipments: ShipmentInput[] = [];
  for (const { key: monthKey, days: daysInMonth } of monthsThrough(fromMonth, throughDate)) {
    for (const line of SUPPLY_LINES) {
      for (let cargo = 1; cargo <= line.cargoesPerMonth; cargo++) {
        const [min, max] = line.cargoTonnes;
        const tonnes = Math.round((min + random() * (max - min)) * 1000) / 1000;
        const day = 1 + Math.floor(random() * daysInMonth);
        const arrivalDate = `${monthKey}-${String(day).padStart(2, '0')}`;
        const voyageDays = 5 + Math.floor(random() * 6);
        const usdValue = tonnes * USD_PER_TONNE[line.commodity] * (0.8 + random() * 0.4);
        const local =
          line.localCurrency && random() < line.localCurrency.share ? line.localCurrency : undefined;
        if (arrivalDate > throughDate) continue;
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
          departureDate: addDays(arrivalDate, -voyageDays),
          arrivalDate,
          vesselName: null,
          vesselImo: null,
          importer: line.commodity === 'crude_oil' ? 'Illustrative Refinery Co' : 'Illustrative Marketing Co',
          status: 'delivered',
          notes: ILLUSTRATIVE_NOTE,
        });
      }
    }
  }
  return shipments;
}

/**
 * Overland LPG after the first reported consignment: one consignment a month by rail to Uzbekistan
 * and truck through Afghanistan, paid in yuan, through `throughDate`. Customs at Torkham spoke of
 * regular monthly imports; these volumes, dates and values are illustrative.
 */
export function illustrativeOverlandLpg(throughDate: string, fromMonth = '2023-07'): ShipmentInput[] {
  const random = seededRandom(20230613);
  const shipments: ShipmentInput[] = [];
  for (const { key: monthKey, days } of monthsThrough(fromMonth, throughDate)) {
    const tonnes = Math.round((800 + random() * 1600) * 1000) / 1000;
    const day = 1 + Math.floor(random() * days);
    const arrivalDate = `${monthKey}-${String(day).padStart(2, '0')}`;
    const cnyPerTonne = 4300 + Math.round(random() * 600);
    if (arrivalDate > throughDate) continue;
    shipments.push({
      reference: `ILL-${monthKey}-RU-LPG-ROAD`,
      commodity: 'lpg',
      originCountry: 'RU',
      loadPort: null,
      dischargePort: null,
      transportMode: 'road',
      transitCountries: ['UZ', 'AF'],
      volumeTonnes: tonnes,
      valueAmount: Math.round(tonnes * cnyPerTonne * 100) / 100,
      paymentCurrency: 'CNY',
      contractDate: null,
      departureDate: addDays(arrivalDate, -18),
      arrivalDate,
      vesselName: null,
      vesselImo: null,
      importer: 'Illustrative LPG Marketing Co',
      status: 'delivered',
      notes: `${ILLUSTRATIVE_NOTE} Overland LPG by rail to Uzbekistan and truck through Afghanistan to Torkham.`,
      legs: [
        { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
        { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
      ],
    });
  }
  return shipments;
}

/**
 * US crude after the three reported cargoes: Cnergyico said it could take about one cargo a month
 * if the margins held; the sample has one a month from March 2026 through `throughDate`.
 */
export function illustrativeUsCrude(throughDate: string): ShipmentInput[] {
  const shipments: ShipmentInput[] = [];
  for (const { key: monthKey } of monthsThrough('2026-03', throughDate)) {
    const arrivalDate = `${monthKey}-18`;
    if (arrivalDate > throughDate) continue;
    shipments.push({
      reference: `ILL-${monthKey}-US-CRUDE`,
      commodity: 'crude_oil',
      originCountry: 'US',
      loadPort: 'USHOU',
      dischargePort: 'PKKHI',
      transportMode: 'sea',
      transitCountries: [],
      volumeTonnes: 136426,
      valueAmount: 64_000_000,
      paymentCurrency: 'USD',
      contractDate: null,
      departureDate: addDays(arrivalDate, -45),
      arrivalDate,
      vesselName: null,
      vesselImo: null,
      importer: 'Cnergyico Pk Ltd',
      status: 'delivered',
      notes: `${ILLUSTRATIVE_NOTE} A US crude cargo (1 million bbl of WTI) as Cnergyico said it could import monthly.`,
    });
  }
  return shipments;
}

/**
 * Russian crude after the 2023 pilot: trade data show smaller Urals volumes in 2024 (Argus, citing
 * Vortexa); the sample has two cargoes that year. Then two cargoes ahead of the load day: one at sea
 * (expected 13 days after it) and one contracted (expected 50 days after), for the outlook.
 */
export function illustrativeRussianCrude(loadDate: string): ShipmentInput[] {
  const cargo = (
    reference: string,
    arrivalDate: string,
    status: 'delivered' | 'in_transit' | 'contracted',
    dischargePort: string,
    tonnes: number,
  ): ShipmentInput => ({
    reference,
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUPRI',
    dischargePort,
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: tonnes,
    valueAmount: Math.round(tonnes * 2900 * 100) / 100,
    paymentCurrency: 'CNY',
    contractDate: addDays(arrivalDate, -75),
    departureDate: status === 'contracted' ? null : addDays(arrivalDate, -34),
    arrivalDate,
    vesselName: null,
    vesselImo: null,
    importer: 'Pakistan Refinery Ltd',
    status,
    notes: `${ILLUSTRATIVE_NOTE} A Russian crude cargo paid in yuan${
      status === 'delivered' ? '' : status === 'in_transit' ? ', at sea' : ', contracted'
    }.`,
  });
  return [
    cargo('ILL-2024-03-RU-CRUDE', '2024-03-16', 'delivered', 'PKKHI', 50000),
    cargo('ILL-2024-10-RU-CRUDE', '2024-10-09', 'delivered', 'PKKHI', 45000),
    cargo('ILL-RU-CRUDE-AT-SEA', addDays(loadDate, 13), 'in_transit', 'PKKHI', 100000),
    cargo('ILL-RU-CRUDE-CONTRACTED', addDays(loadDate, 50), 'contracted', 'PKBQM', 100000),
  ];
}

interface IndiaLine {
  origin: string;
  loadPort: string;
  dischargePort: string;
  cargoesPerMonth: number;
  cargoTonnes: [number, number];
  /** Paid in yuan or dirham instead of dollars on this share of cargoes. */
  otherCurrencies?: { code: string; share: number; perUsd: number }[];
}

// A second importer for Compare and Reconciliation: India's crude in broad strokes, Russia its
// largest supplier since 2023, then Iraq, Saudi Arabia, the UAE and the US. Far fewer, larger
// cargoes than the real flows; every figure illustrative.
const INDIA_LINES: IndiaLine[] = [
  {
    origin: 'RU',
    loadPort: 'RUNVS',
    dischargePort: 'INSIK',
    cargoesPerMonth: 3,
    cargoTonnes: [95000, 140000],
    otherCurrencies: [
      { code: 'AED', share: 0.25, perUsd: 3.6725 },
      { code: 'CNY', share: 0.15, perUsd: 7.2 },
    ],
  },
  {
    origin: 'IQ',
    loadPort: 'IQBSR',
    dischargePort: 'INSIK',
    cargoesPerMonth: 2,
    cargoTonnes: [250000, 280000],
  },
  {
    origin: 'SA',
    loadPort: 'SARTA',
    dischargePort: 'INMUN',
    cargoesPerMonth: 2,
    cargoTonnes: [250000, 280000],
  },
  {
    origin: 'AE',
    loadPort: 'AEFJR',
    dischargePort: 'INMUN',
    cargoesPerMonth: 1,
    cargoTonnes: [250000, 280000],
  },
  {
    origin: 'US',
    loadPort: 'USHOU',
    dischargePort: 'INSIK',
    cargoesPerMonth: 1,
    cargoTonnes: [120000, 140000],
  },
];

/**
 * Illustrative crude imports of India (destinationCountry IN) from `fromMonth` (July 2024, the
 * last two fiscal years and more) through `throughDate`, so two importers can be put side by side.
 */
export function illustrativeIndiaSeries(throughDate: string, fromMonth = '2024-07'): ShipmentInput[] {
  const random = seededRandom(19470815);
  const shipments: ShipmentInput[] = [];
  for (const { key: monthKey, days } of monthsThrough(fromMonth, throughDate)) {
    for (const line of INDIA_LINES) {
      for (let cargo = 1; cargo <= line.cargoesPerMonth; cargo++) {
        const [min, max] = line.cargoTonnes;
        const tonnes = Math.round((min + random() * (max - min)) * 1000) / 1000;
        const day = 1 + Math.floor(random() * days);
        const arrivalDate = `${monthKey}-${String(day).padStart(2, '0')}`;
        const usdValue = tonnes * USD_PER_TONNE.crude_oil * (0.8 + random() * 0.3);
        const draw = random();
        let threshold = 0;
        const other = line.otherCurrencies?.find((currency) => draw < (threshold += currency.share));
        if (arrivalDate > throughDate) continue;
        shipments.push({
          reference: `ILL-IN-${monthKey}-${line.origin}-CRUDE-${cargo}`,
          commodity: 'crude_oil',
          originCountry: line.origin,
          loadPort: line.loadPort,
          dischargePort: line.dischargePort,
          destinationCountry: 'IN',
          transportMode: 'sea',
          transitCountries: [],
          volumeTonnes: tonnes,
          valueAmount: Math.round(usdValue * (other?.perUsd ?? 1) * 100) / 100,
          paymentCurrency: other?.code ?? 'USD',
          contractDate: null,
          departureDate: addDays(arrivalDate, line.origin === 'US' || line.origin === 'RU' ? -35 : -8),
          arrivalDate,
          vesselName: null,
          vesselImo: null,
          importer: 'Illustrative Indian Refiner',
          status: 'delivered',
          notes: `${ILLUSTRATIVE_NOTE} Crude imports of India, a second importer to compare with.`,
        });
      }
    }
  }
  return shipments;
}

/** Every illustrative shipment of the sample as loaded on `loadDate`. */
export function illustrativeShipments(loadDate: string): ShipmentInput[] {
  return [
    ...illustrativeGulfSeries(loadDate),
    ...illustrativeOverlandLpg(loadDate),
    ...illustrativeUsCrude(loadDate),
    ...illustrativeRussianCrude(loadDate),
    ...illustrativeIndiaSeries(loadDate),
  ];
}
