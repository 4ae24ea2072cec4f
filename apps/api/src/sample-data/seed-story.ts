import { shipmentIdFor } from '../shipments/shipment-id';
import type { SavedViewInput, ShipmentInput, ShipmentSourceInput, TargetInput } from '@tradeflow/domain';

/**
 * The cargoes of Pakistan's story that public reporting documents: the two Russian crude cargoes of
 * the 2023 government-to-government deal (paid in Chinese yuan), the first Russian LPG carried
 * overland through Central Asia and Afghanistan, and Cnergyico's US crude cargoes of 2025-26. Each
 * carries its reports as sources (SEED_STORY_SOURCES); figures the reports do not give (values,
 * some dates) are illustrative and the notes say which.
 */
export const SEED_STORY_SHIPMENTS: ShipmentInput[] = [
  {
    reference: 'PK-RU-CRUDE-2023-001',
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUULU',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 45000,
    valueAmount: 128_000_000,
    paymentCurrency: 'CNY',
    contractDate: '2023-04-20',
    departureDate: '2023-05-21',
    arrivalDate: '2023-06-11',
    vesselName: 'Pure Point',
    vesselImo: null,
    importer: 'Pakistan Refinery Ltd',
    status: 'delivered',
    notes:
      'First Russian crude cargo of the April 2023 government-to-government deal (Urals), paid in Chinese yuan; ' +
      'lightered ship-to-ship off Oman, berthed at Karachi on 11 June 2023. Reports give 45,000 t, 45,122 t and ' +
      '45,142 t (see sources). Value illustrative.',
    stsTransferPoint: 'off Sohar, Oman',
    // Loaded in the Baltic, lightered to smaller ships off Oman (Karachi cannot take the large tanker).
    legs: [
      { mode: 'sea', from: 'RU', to: 'OM' },
      { mode: 'sea', from: 'OM', to: 'PK' },
    ],
  },
  {
    reference: 'PK-RU-CRUDE-2023-002',
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUULU',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 55000,
    valueAmount: 156_000_000,
    paymentCurrency: 'CNY',
    contractDate: '2023-04-20',
    departureDate: '2023-06-20',
    arrivalDate: '2023-06-27',
    vesselName: 'Clyde Noble',
    vesselImo: null,
    importer: 'Pakistan Refinery Ltd',
    status: 'delivered',
    notes:
      'Second cargo of the 100,000 t deal (Urals), delayed a week for lack of storage at the refinery; arrived at ' +
      'Karachi on 27 June 2023. Paid in yuan as the deal; departure date (from Oman) and value illustrative.',
    stsTransferPoint: 'off Sohar, Oman',
    legs: [
      { mode: 'sea', from: 'RU', to: 'OM' },
      { mode: 'sea', from: 'OM', to: 'PK' },
    ],
  },
  {
    reference: 'PK-RU-LPG-2023-001',
    commodity: 'lpg',
    originCountry: 'RU',
    loadPort: null,
    dischargePort: null,
    transportMode: 'road',
    transitCountries: ['UZ', 'AF'],
    volumeTonnes: 735,
    valueAmount: null,
    paymentCurrency: null,
    contractDate: null,
    departureDate: '2023-05-25',
    arrivalDate: '2023-06-13',
    vesselName: null,
    vesselImo: null,
    importer: null,
    status: 'delivered',
    notes:
      'First Russian LPG overland: by rail to Uzbekistan, then 21 tanker trucks through Afghanistan to Torkham ' +
      '(735 t, customs). Departure date illustrative; no value reported.',
    legs: [
      { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
      { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
    ],
  },
  {
    reference: 'PK-US-CRUDE-2025-001',
    commodity: 'crude_oil',
    originCountry: 'US',
    loadPort: 'USHOU',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 136426,
    valueAmount: 66_700_000,
    paymentCurrency: 'USD',
    contractDate: '2025-08-01',
    departureDate: '2025-09-14',
    arrivalDate: '2025-10-29',
    vesselName: 'Pegasus',
    vesselImo: null,
    importer: 'Cnergyico Pk Ltd',
    status: 'delivered',
    notes:
      "Pakistan's first US crude: about 1 million barrels of WTI Light from Vitol on the Suezmax Pegasus, " +
      "discharged at Cnergyico's single-point mooring off Hub, Balochistan (near Karachi). Tonnes are 1 million " +
      'bbl at the average 7.33 bbl/t; value illustrative (a third of the reported USD 200 million for three cargoes).',
  },
  {
    reference: 'PK-US-CRUDE-2025-002',
    commodity: 'crude_oil',
    originCountry: 'US',
    loadPort: 'USHOU',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 136426,
    valueAmount: 66_700_000,
    paymentCurrency: 'USD',
    contractDate: '2025-09-24',
    departureDate: null,
    arrivalDate: '2025-11-10',
    vesselName: 'Albany',
    vesselImo: null,
    importer: 'Cnergyico Pk Ltd',
    status: 'delivered',
    notes:
      "Second US crude cargo: 1 million barrels of WTI on the Albany at Cnergyico's single-point mooring near Hub. " +
      'Tonnes at 7.33 bbl/t; value illustrative.',
  },
  {
    reference: 'PK-US-CRUDE-2026-001',
    commodity: 'crude_oil',
    originCountry: 'US',
    loadPort: 'USHOU',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 136426,
    valueAmount: 66_700_000,
    paymentCurrency: 'USD',
    contractDate: null,
    departureDate: null,
    arrivalDate: '2026-01-20',
    vesselName: null,
    vesselImo: null,
    importer: 'Cnergyico Pk Ltd',
    status: 'delivered',
    notes:
      'Third US crude cargo, reported as scheduled for January 2026 (about 1 million barrels). Arrival day and ' +
      'value illustrative.',
  },
];

const PURE_POINT = shipmentIdFor('PK-RU-CRUDE-2023-001');
const CLYDE_NOBLE = shipmentIdFor('PK-RU-CRUDE-2023-002');
const FIRST_LPG = shipmentIdFor('PK-RU-LPG-2023-001');
const PEGASUS = shipmentIdFor('PK-US-CRUDE-2025-001');
const ALBANY = shipmentIdFor('PK-US-CRUDE-2025-002');
const THIRD_US = shipmentIdFor('PK-US-CRUDE-2026-001');

/**
 * Where the real cargoes' figures come from. Where reports disagree (the first cargo: 45,000 t,
 * 45,122 t, 45,142 t) every figure stays listed and the round figure most reports give is of record.
 */
export const SEED_STORY_SOURCES: {
  shipmentId: string;
  source: ShipmentSourceInput;
  isRecord: boolean;
}[] = [
  {
    shipmentId: PURE_POINT,
    isRecord: true,
    source: {
      url: 'https://www.en.portnews.ru/news/349568/',
      documentName: 'News article: second cargo of Russian crude oil arrived at Karachi port',
      publisher: 'PortNews (citing Geo News)',
      publishedDate: '2023-06-27',
      volumeTonnes: 45000,
      note: 'The first cargo "carrying 45,000 tonnes of crude oil docked at the Karachi port"; the round figure most reports give.',
    },
  },
  {
    shipmentId: PURE_POINT,
    isRecord: false,
    source: {
      url: 'https://www.brecorder.com/news/40247257/first-ever-crude-laden-russian-ship-arrives',
      documentName: 'Port report: Pure Point carrying 45,142 t at oil berth OP2',
      publisher: 'Business Recorder (port sources)',
      publishedDate: '2023-06-12',
      volumeTonnes: 45142,
      note: '"The Russian ship Pure Point carrying 45,142 metric tons crude has successfully anchored at oil tankers\' berth OP2."',
    },
  },
  {
    shipmentId: PURE_POINT,
    isRecord: false,
    source: {
      url: 'https://www.arabnews.pk/node/2328726',
      documentName: 'Karachi Port Trust: the first cargo arrived on 11 June with 45,122 t',
      publisher: 'Arab News (Karachi Port Trust)',
      publishedDate: '2023-06-27',
      volumeTonnes: 45122,
      note: 'KPT statement on the second cargo; gives the first cargo as 45,122 metric tons.',
    },
  },
  {
    shipmentId: CLYDE_NOBLE,
    isRecord: true,
    source: {
      url: 'https://www.en.portnews.ru/news/349568/',
      publisher: 'PortNews (citing Geo News)',
      publishedDate: '2023-06-27',
      volumeTonnes: 55000,
      note: '"A second cargo of discounted 55,000 tonnes of Russian crude oil arrived at the Karachi port" on Clyde Noble.',
    },
  },
  {
    shipmentId: CLYDE_NOBLE,
    isRecord: false,
    source: {
      url: 'https://www.arabnews.pk/node/2328726',
      publisher: 'Arab News (Karachi Port Trust)',
      publishedDate: '2023-06-27',
      note: 'KPT: Clyde Noble at the outer anchorage, to berth at the oil pier; no volume given.',
    },
  },
  {
    shipmentId: FIRST_LPG,
    isRecord: true,
    source: {
      url: 'https://www.thenews.com.pk/print/1080691-lpg-import-to-overcome-energy-crisis-official',
      publisher: 'The News (Collector of Customs, Torkham)',
      publishedDate: '2023-06-15',
      volumeTonnes: 735,
      note: '"In one week 21 trucks loaded with 735 tonnes of LPG had arrived in the country from Russia via Afghanistan."',
    },
  },
  {
    shipmentId: FIRST_LPG,
    isRecord: false,
    source: {
      url: 'https://www.arabnews.pk/node/2321591',
      publisher: 'Arab News (Customs, Torkham)',
      publishedDate: '2023-06-14',
      note: 'Counts the same 21 trucks but names Uzbekistan and Turkmenistan as where they came from.',
    },
  },
  {
    shipmentId: PEGASUS,
    isRecord: true,
    source: {
      url: 'https://www.dawn.com/news/1951974/pakistan-receives-first-ever-us-crude-oil-shipment',
      publisher: 'Dawn',
      publishedDate: '2025-10-29',
      note: "MT Pegasus docked at Cnergyico's SPM on 29 October 2025; 1 million barrels ordered from Vitol; a second cargo mid-November and a third in January 2026, together about USD 200 million.",
    },
  },
  {
    shipmentId: PEGASUS,
    isRecord: false,
    source: {
      url: 'https://treasure.com.pk/pakistans-cnergyico-receives-1st-shipment-of-us-crude-oil',
      publisher: 'Treasure',
      publishedDate: '2025-10-29',
      note: 'About one million barrels of WTI; left Houston on 14 September 2025.',
    },
  },
  {
    shipmentId: ALBANY,
    isRecord: true,
    source: {
      url: 'https://www.energyupdate.com.pk/?p=55924',
      publisher: 'Energy Update',
      publishedDate: '2025-11-11',
      note: 'MT Albany, one million barrels of WTI, arrived at the SPM near Hub on 10 November 2025; a third cargo scheduled for January 2026.',
    },
  },
  {
    shipmentId: ALBANY,
    isRecord: false,
    source: {
      url: 'https://www.arabnews.pk/node/2616518',
      publisher: 'Arab News (Reuters)',
      publishedDate: '2025-09-24',
      note: 'Cnergyico ordered a second 1 million-barrel cargo from Vitol for November.',
    },
  },
  {
    shipmentId: THIRD_US,
    isRecord: true,
    source: {
      url: 'https://www.dawn.com/news/1951974/pakistan-receives-first-ever-us-crude-oil-shipment',
      publisher: 'Dawn',
      publishedDate: '2025-10-29',
      note: 'A third US cargo announced for January 2026; no vessel or volume given (1 million barrels assumed as the first two).',
    },
  },
];

/** The two targets of the story, tracked on the sample data. */
export const SEED_STORY_TARGETS: TargetInput[] = [
  {
    name: 'Russian crude 100,000 b/d',
    kind: 'flow_rate_min',
    dimension: 'origin',
    key: 'RU',
    commodity: 'crude_oil',
    value: 100_000,
    unit: 'bbl/d',
    notes:
      'Illustrative policy target for the sample data (the ambition stated when the 2023 deal was made).',
  },
  {
    name: 'GCC share below 60%',
    kind: 'share_max',
    dimension: 'region',
    key: 'GCC',
    value: 0.6,
    unit: 'share',
    basis: 'volume',
    notes: 'Illustrative policy target for the sample data.',
  },
];

/** The story's saved views, shared with the team from the first start. */
export const SEED_STORY_VIEWS: SavedViewInput[] = [
  {
    name: 'Russian crude pilot, June 2023',
    path: '/',
    query: 'from=2023-06-01&to=2023-06-30&commodity=crude_oil&destination=PK',
  },
  {
    name: 'Overland LPG',
    path: '/',
    query: 'range=all&commodity=lpg&mode=road&granularity=quarter&destination=PK',
  },
  {
    name: 'US crude since October 2025',
    path: '/shipments',
    query: 'from=2025-10-01&origin=US&commodity=crude_oil&destination=PK',
  },
];
