import type { ShipmentInput } from './shipment';

/** The ShipmentInput fields in CSV column order. */
export const SHIPMENT_FIELDS = [
  'reference',
  'commodity',
  'originCountry',
  'loadPort',
  'dischargePort',
  'transportMode',
  'transitCountries',
  'volumeTonnes',
  'valueAmount',
  'paymentCurrency',
  'contractDate',
  'departureDate',
  'arrivalDate',
  'vesselName',
  'vesselImo',
  'importer',
  'status',
  'notes',
] as const satisfies readonly (keyof ShipmentInput)[];

export type ShipmentField = (typeof SHIPMENT_FIELDS)[number];
