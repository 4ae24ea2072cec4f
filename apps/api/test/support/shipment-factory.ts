import type { ShipmentInput } from '@tradeflow/domain';

let counter = 0;

/** A valid shipment body; override what the test is about. */
export function aShipment(
  overrides: Partial<ShipmentInput> & Record<string, unknown> = {},
): ShipmentInput & Record<string, unknown> {
  counter += 1;
  return {
    reference: `TEST-${process.pid}-${counter}`,
    commodity: 'crude_oil',
    originCountry: 'SA',
    loadPort: 'SARTA',
    dischargePort: 'PKKHI',
    transportMode: 'sea',
    transitCountries: [],
    volumeTonnes: 80000,
    valueAmount: 44000000,
    paymentCurrency: 'USD',
    contractDate: '2023-04-01',
    departureDate: '2023-05-25',
    arrivalDate: '2023-06-02',
    vesselName: 'Test Voyager',
    vesselImo: '9074729',
    importer: 'Test Refinery',
    status: 'delivered',
    notes: null,
    ...overrides,
  };
}
