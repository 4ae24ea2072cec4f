import type { ShipmentInput } from './shipment';

/**
 * The stored columns of a shipment, in the order writes and COPY name them: the one list that the
 * API's inserts, the CSV contract (its columns and their ShipmentInput fields), the import's staging
 * table and the bench's COPY lines derive from. The `shipments` table is created by migrations, and
 * a test compares its columns with this list.
 *
 * - `key`: the id, derived from the reference;
 * - `csv`: a CSV column (in this order; docs/csv-contract.md) and a JSON field;
 * - `json`: a field of the JSON API only (imports leave it empty, exports do not carry it);
 * - `derived`: computed from the other columns on every write.
 */
export const SHIPMENT_COLUMNS = [
  { name: 'id', kind: 'key' },
  { name: 'reference', kind: 'csv', field: 'reference' },
  { name: 'commodity', kind: 'csv', field: 'commodity' },
  { name: 'origin_country', kind: 'csv', field: 'originCountry' },
  { name: 'load_port', kind: 'csv', field: 'loadPort' },
  { name: 'discharge_port', kind: 'csv', field: 'dischargePort' },
  { name: 'transport_mode', kind: 'csv', field: 'transportMode' },
  { name: 'transit_countries', kind: 'csv', field: 'transitCountries' },
  { name: 'volume_tonnes', kind: 'csv', field: 'volumeTonnes' },
  { name: 'volume_barrels', kind: 'derived' },
  { name: 'value_amount', kind: 'csv', field: 'valueAmount' },
  { name: 'payment_currency', kind: 'csv', field: 'paymentCurrency' },
  { name: 'contract_date', kind: 'csv', field: 'contractDate' },
  { name: 'departure_date', kind: 'csv', field: 'departureDate' },
  { name: 'arrival_date', kind: 'csv', field: 'arrivalDate' },
  { name: 'vessel_name', kind: 'csv', field: 'vesselName' },
  { name: 'vessel_imo', kind: 'csv', field: 'vesselImo' },
  { name: 'importer', kind: 'csv', field: 'importer' },
  { name: 'status', kind: 'csv', field: 'status' },
  { name: 'notes', kind: 'csv', field: 'notes' },
  { name: 'api_gravity', kind: 'json', field: 'apiGravity' },
  { name: 'sts_transfer_point', kind: 'json', field: 'stsTransferPoint' },
  { name: 'legs', kind: 'json', field: 'legs' },
  { name: 'destination_country', kind: 'csv', field: 'destinationCountry' },
  { name: 'price_basis', kind: 'csv', field: 'priceBasis' },
  { name: 'chokepoints', kind: 'csv', field: 'chokepoints' },
  { name: 'chokepoints_passed', kind: 'derived' },
] as const satisfies readonly {
  name: string;
  kind: 'key' | 'csv' | 'json' | 'derived';
  field?: keyof ShipmentInput;
}[];

type Columns = typeof SHIPMENT_COLUMNS;
type ColumnKind = Columns[number]['kind'];

/** The entries of `T` of kind `K`, their `P` property, as a tuple in the table's order. */
type ColumnsOf<
  T extends readonly unknown[],
  K extends ColumnKind,
  P extends 'name' | 'field',
> = T extends readonly [infer Head, ...infer Rest]
  ? Head extends { kind: K }
    ? [Head[P & keyof Head], ...ColumnsOf<Rest, K, P>]
    : ColumnsOf<Rest, K, P>
  : [];

/** The names (or ShipmentInput fields) of the columns of these kinds, typed as the exact tuple. */
export function shipmentColumnsOf<K extends ColumnKind, P extends 'name' | 'field'>(
  kinds: readonly K[],
  property: P,
): Readonly<ColumnsOf<Columns, K, P>> {
  return SHIPMENT_COLUMNS.filter((column) => (kinds as readonly string[]).includes(column.kind)).map(
    (column) => (column as Record<P, string>)[property],
  ) as unknown as Readonly<ColumnsOf<Columns, K, P>>;
}

/** Every stored column, in write order. */
export const SHIPMENT_COLUMN_NAMES = shipmentColumnsOf(['key', 'csv', 'derived', 'json'], 'name');

export type ShipmentColumn = (typeof SHIPMENT_COLUMN_NAMES)[number];

/** The ShipmentInput fields in CSV column order. */
export const SHIPMENT_FIELDS = shipmentColumnsOf(['csv'], 'field');

export type ShipmentField = (typeof SHIPMENT_FIELDS)[number];

/**
 * ShipmentInput fields of the JSON API only: the CSV contract stays as it is, so imports leave these
 * empty and exports do not carry them.
 */
export const SHIPMENT_JSON_ONLY_FIELDS = shipmentColumnsOf(['json'], 'field');

export type ShipmentJsonOnlyField = (typeof SHIPMENT_JSON_ONLY_FIELDS)[number];
