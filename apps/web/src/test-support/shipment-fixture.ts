import type { Shipment } from '@tradeflow/domain';

/** A stored shipment for component tests: the sample's first Russian crude cargo, with overrides. */
export function aShipment(overrides: Partial<Shipment> = {}): Shipment {
  return {
    id: '1cf36d80-77b0-c3f3-803b-ab5a86538963',
    reference: 'PK-RU-CRUDE-2023-001',
    commodity: 'crude_oil',
    originCountry: 'RU',
    loadPort: 'RUULU',
    dischargePort: 'PKKHI',
    destinationCountry: 'PK',
    priceBasis: 'unknown',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 45000,
    volumeBarrels: 329850,
    barrelsPerTonne: 7.33,
    valueAmount: 128000000,
    paymentCurrency: 'CNY',
    contractDate: '2023-04-20',
    departureDate: '2023-05-21',
    arrivalDate: '2023-06-11',
    vesselName: 'Pure Point',
    vesselImo: null,
    importer: 'Pakistan Refinery Ltd',
    status: 'delivered',
    notes: null,
    apiGravity: null,
    stsTransferPoint: 'off Sohar, Oman',
    legs: [
      { mode: 'sea', from: 'RU', to: 'OM' },
      { mode: 'sea', from: 'OM', to: 'PK' },
    ],
    chokepoints: null,
    chokepointsPassed: ['bab_el_mandeb', 'suez', 'danish_straits'],
    createdAt: '2026-11-29T08:06:06.559Z',
    updatedAt: '2026-11-29T08:06:06.559Z',
    ...overrides,
  };
}
