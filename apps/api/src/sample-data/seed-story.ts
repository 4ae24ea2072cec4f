import { shipmentIdFor } from '../shipments/shipment-id';
import type { ShipmentInput, ShipmentSourceInput, TargetInput } from '@tradeflow/domain';

/**
 * The cargoes of the story in shared/seeds: Pakistan's first Russian crude (about 45,000 t at
 * Karachi in June 2023, paid in Chinese yuan), the second cargo of about 50,000 t, and Russian LPG
 * carried overland through Central Asia and Afghanistan. Values and later cargoes are illustrative.
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
      'First Russian crude cargo under the April 2023 deal, paid in Chinese yuan; moved ship-to-ship off Oman before Karachi. Value illustrative.',
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
    volumeTonnes: 50000,
    valueAmount: 142_000_000,
    paymentCurrency: 'CNY',
    contractDate: '2023-04-20',
    departureDate: '2023-06-10',
    arrivalDate: '2023-07-18',
    vesselName: null,
    vesselImo: null,
    importer: 'Pakistan Refinery Ltd',
    status: 'delivered',
    notes: 'Second Russian crude cargo of the pilot deal (about 50,000 t). Dates and value illustrative.',
  },
  {
    reference: 'PK-RU-LPG-2023-001',
    commodity: 'lpg',
    originCountry: 'RU',
    loadPort: null,
    dischargePort: null,
    transportMode: 'road',
    transitCountries: ['UZ', 'AF'],
    volumeTonnes: 1000,
    valueAmount: null,
    paymentCurrency: null,
    contractDate: null,
    departureDate: '2023-05-25',
    arrivalDate: '2023-06-08',
    vesselName: null,
    vesselImo: null,
    importer: null,
    status: 'delivered',
    notes: 'Russian LPG by rail to Uzbekistan, then by truck through Afghanistan. Volume illustrative.',
    legs: [
      { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
      { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
    ],
  },
  {
    reference: 'PK-RU-LPG-2024-004',
    commodity: 'lpg',
    originCountry: 'RU',
    loadPort: null,
    dischargePort: null,
    transportMode: 'road',
    transitCountries: ['UZ', 'AF'],
    volumeTonnes: 2400,
    valueAmount: 1_450_000,
    paymentCurrency: 'CNY',
    contractDate: null,
    departureDate: '2024-02-02',
    arrivalDate: '2024-02-19',
    vesselName: null,
    vesselImo: null,
    importer: null,
    status: 'delivered',
    notes: 'Illustrative overland LPG consignment (sample data, not trade statistics).',
  },
  {
    reference: 'PK-RU-CRUDE-2026-011',
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUPRI',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 100000,
    valueAmount: 290_000_000,
    paymentCurrency: 'CNY',
    contractDate: '2026-09-15',
    departureDate: '2026-11-10',
    arrivalDate: '2026-12-14',
    vesselName: null,
    vesselImo: null,
    importer: 'Pakistan Refinery Ltd',
    status: 'in_transit',
    notes: 'Illustrative Russian crude cargo at sea (sample data, not trade statistics).',
  },
  {
    reference: 'PK-RU-CRUDE-2027-001',
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUPRI',
    dischargePort: 'PKBQM',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 100000,
    valueAmount: 290_000_000,
    paymentCurrency: 'CNY',
    contractDate: '2026-10-01',
    departureDate: null,
    arrivalDate: '2027-01-20',
    vesselName: null,
    vesselImo: null,
    importer: 'Pakistan Refinery Ltd',
    status: 'contracted',
    notes: 'Illustrative contracted Russian crude cargo (sample data, not trade statistics).',
  },
];

/**
 * Sources of the first Russian cargo: the news article's round 45,000 t (the figure of record, as
 * the shipment carries it) and two conflicting illustrative documents that stay visible next to it.
 */
export const SEED_STORY_SOURCES: {
  shipmentId: string;
  source: ShipmentSourceInput;
  isRecord: boolean;
}[] = [
  {
    shipmentId: shipmentIdFor('PK-RU-CRUDE-2023-001'),
    isRecord: true,
    source: {
      documentName: 'News article: Pakistan and Russia to hold bilateral political consultations (June 2023)',
      publisher: 'news article in shared/seeds (pakistan-russia-oil-article.txt)',
      publishedDate: null,
      volumeTonnes: 45000,
      note: '"The ship carrying 45,000 metric tons of crude oil was part of the deal struck in April." A round figure.',
    },
  },
  {
    shipmentId: shipmentIdFor('PK-RU-CRUDE-2023-001'),
    isRecord: false,
    source: {
      documentName: 'Discharge report, Karachi (illustrative)',
      publisher: 'Port authority (illustrative sample source)',
      publishedDate: '2023-06-13',
      volumeTonnes: 45142,
      note: 'Illustrative sample data: a measured figure that conflicts with the cargo documents.',
    },
  },
  {
    shipmentId: shipmentIdFor('PK-RU-CRUDE-2023-001'),
    isRecord: false,
    source: {
      documentName: 'Bill of lading / cargo manifest (illustrative)',
      publisher: 'Importer (illustrative sample source)',
      publishedDate: '2023-06-12',
      volumeTonnes: 45122,
      note: 'Illustrative sample data: 20 t less than the discharge report.',
    },
  },
];

/** The two targets of the issue, tracked on the sample data. */
export const SEED_STORY_TARGETS: TargetInput[] = [
  {
    name: 'Russian crude 100,000 b/d',
    kind: 'flow_rate_min',
    dimension: 'origin',
    key: 'RU',
    commodity: 'crude_oil',
    value: 100_000,
    unit: 'bbl/d',
    notes: 'Illustrative policy target for the sample data.',
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
