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
  'destinationCountry',
  'priceBasis',
  'chokepoints',
] as const satisfies readonly (keyof ShipmentInput)[];

export type ShipmentField = (typeof SHIPMENT_FIELDS)[number];

/**
 * ShipmentInput fields of the JSON API only: the 18-column CSV contract (docs/csv-contract.md) stays as it is,
 * so imports leave these empty and exports do not carry them.
 */
export const SHIPMENT_JSON_ONLY_FIELDS = [
  'apiGravity',
  'stsTransferPoint',
  'legs',
] as const satisfies readonly (keyof ShipmentInput)[];

export type ShipmentJsonOnlyField = (typeof SHIPMENT_JSON_ONLY_FIELDS)[number];
