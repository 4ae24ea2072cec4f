import {
  canonicalChokepoints,
  canonicalLegs,
  type ChokepointCode,
  chokepointsPassed,
  type CommodityCode,
  type Shipment,
  type ShipmentInput,
  type ShipmentLeg,
  DEFAULT_PRICE_BASIS,
  type PriceBasis,
  resolveDestinationCountry,
  SHIPMENT_COLUMN_NAMES,
  type ShipmentColumn,
  type ShipmentStatus,
  shipmentBarrelsPerTonne,
  type TransportMode,
} from '@tradeflow/domain';
import { shipmentIdFor } from './shipment-id';

/** A shipments row as node-pg returns it (numeric as string, date as 'YYYY-MM-DD'). */
export interface ShipmentRow {
  id: string;
  reference: string;
  commodity: string;
  origin_country: string;
  load_port: string | null;
  discharge_port: string | null;
  transport_mode: string;
  transit_countries: string[];
  volume_tonnes: string;
  volume_barrels: string;
  value_amount: string | null;
  payment_currency: string | null;
  contract_date: string | null;
  departure_date: string | null;
  arrival_date: string;
  vessel_name: string | null;
  vessel_imo: string | null;
  importer: string | null;
  status: string;
  notes: string | null;
  api_gravity: string | null;
  sts_transfer_point: string | null;
  legs: ShipmentLeg[] | null;
  destination_country: string;
  price_basis: PriceBasis;
  chokepoints: string[] | null;
  chokepoints_passed: string[];
  created_at: Date;
  updated_at: Date;
  /** Only when the query counts the shipment's sources. */
  source_count?: number;
}

/** Column order of inserts (every stored column of libs/domain SHIPMENT_COLUMNS); matches `recordValues`. */
export const SHIPMENT_WRITE_COLUMNS = SHIPMENT_COLUMN_NAMES;

export function toShipment(row: ShipmentRow): Shipment {
  const apiGravity = row.api_gravity === null ? null : Number(row.api_gravity);
  const commodity = row.commodity as CommodityCode;
  const shipment: Shipment = {
    id: row.id,
    reference: row.reference,
    commodity: row.commodity as CommodityCode,
    originCountry: row.origin_country,
    loadPort: row.load_port,
    dischargePort: row.discharge_port,
    transportMode: row.transport_mode as TransportMode,
    transitCountries: row.transit_countries ?? [],
    volumeTonnes: Number(row.volume_tonnes),
    volumeBarrels: Number(row.volume_barrels),
    valueAmount: row.value_amount === null ? null : Number(row.value_amount),
    paymentCurrency: row.payment_currency,
    contractDate: row.contract_date,
    departureDate: row.departure_date,
    arrivalDate: row.arrival_date,
    vesselName: row.vessel_name,
    vesselImo: row.vessel_imo,
    importer: row.importer,
    status: row.status as ShipmentStatus,
    notes: row.notes,
    apiGravity,
    stsTransferPoint: row.sts_transfer_point,
    legs: canonicalLegs(row.legs),
    destinationCountry: row.destination_country,
    priceBasis: row.price_basis,
    chokepoints: row.chokepoints === null ? null : canonicalChokepoints(row.chokepoints),
    chokepointsPassed: (row.chokepoints_passed ?? []) as ChokepointCode[],
    barrelsPerTonne: shipmentBarrelsPerTonne(commodity, apiGravity),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
  if (row.source_count !== undefined) shipment.sourceCount = Number(row.source_count);
  return shipment;
}

/**
 * The stored form of a validated input: absent optionals become null, status defaults to delivered,
 * the importing country is the one given, else the discharge port's, else `homeCountry`.
 * Barrels are computed by PostgreSQL (`round(volume_tonnes * factor, 3)` in numeric), not in floats,
 * with the factor of the commodity or of the cargo's API gravity (4 decimals).
 */
export type ShipmentRecord = Omit<Shipment, 'createdAt' | 'updatedAt' | 'volumeBarrels' | 'sourceCount'>;

export function toRecord(input: ShipmentInput, homeCountry: string): ShipmentRecord {
  const volumeTonnes = input.volumeTonnes;
  const destinationCountry = resolveDestinationCountry(input, homeCountry);
  return {
    id: shipmentIdFor(input.reference),
    reference: input.reference,
    commodity: input.commodity,
    originCountry: input.originCountry,
    loadPort: input.loadPort ?? null,
    dischargePort: input.dischargePort ?? null,
    transportMode: input.transportMode,
    transitCountries: input.transitCountries ?? [],
    volumeTonnes,
    barrelsPerTonne: shipmentBarrelsPerTonne(input.commodity, input.apiGravity),
    valueAmount: input.valueAmount ?? null,
    paymentCurrency: input.paymentCurrency ?? null,
    contractDate: input.contractDate ?? null,
    departureDate: input.departureDate ?? null,
    arrivalDate: input.arrivalDate,
    vesselName: input.vesselName ?? null,
    vesselImo: input.vesselImo ?? null,
    importer: input.importer ?? null,
    status: input.status ?? 'delivered',
    notes: input.notes ?? null,
    apiGravity: input.apiGravity ?? null,
    stsTransferPoint: input.stsTransferPoint ?? null,
    legs: canonicalLegs(input.legs),
    destinationCountry,
    priceBasis: input.priceBasis ?? DEFAULT_PRICE_BASIS,
    chokepoints: input.chokepoints ? canonicalChokepoints(input.chokepoints) : null,
    chokepointsPassed: chokepointsPassed({ ...input, destinationCountry }),
  };
}

/** Each stored column's value in a record, and the cast of its placeholder. */
const WRITE_VALUES: {
  [Column in ShipmentColumn]: { value: (record: ShipmentRecord) => unknown; cast?: string };
} = {
  id: { value: (r) => r.id, cast: 'uuid' },
  reference: { value: (r) => r.reference },
  commodity: { value: (r) => r.commodity },
  origin_country: { value: (r) => r.originCountry },
  load_port: { value: (r) => r.loadPort },
  discharge_port: { value: (r) => r.dischargePort },
  transport_mode: { value: (r) => r.transportMode },
  transit_countries: { value: (r) => r.transitCountries, cast: 'varchar[]' },
  volume_tonnes: { value: (r) => r.volumeTonnes, cast: 'numeric' },
  // The factor: the placeholder computes the barrels from it and the tonnes in numeric.
  volume_barrels: { value: (r) => r.barrelsPerTonne, cast: 'numeric' },
  value_amount: { value: (r) => r.valueAmount, cast: 'numeric' },
  payment_currency: { value: (r) => r.paymentCurrency },
  contract_date: { value: (r) => r.contractDate, cast: 'date' },
  departure_date: { value: (r) => r.departureDate, cast: 'date' },
  arrival_date: { value: (r) => r.arrivalDate, cast: 'date' },
  vessel_name: { value: (r) => r.vesselName },
  vessel_imo: { value: (r) => r.vesselImo },
  importer: { value: (r) => r.importer },
  status: { value: (r) => r.status },
  notes: { value: (r) => r.notes },
  api_gravity: { value: (r) => r.apiGravity, cast: 'numeric' },
  sts_transfer_point: { value: (r) => r.stsTransferPoint },
  legs: { value: (r) => (r.legs === null ? null : JSON.stringify(r.legs)), cast: 'jsonb' },
  destination_country: { value: (r) => r.destinationCountry },
  price_basis: { value: (r) => r.priceBasis },
  chokepoints: { value: (r) => r.chokepoints, cast: 'varchar[]' },
  chokepoints_passed: { value: (r) => r.chokepointsPassed, cast: 'varchar[]' },
};

const WRITE_POSITIONS = new Map(SHIPMENT_WRITE_COLUMNS.map((column, index) => [column, index + 1]));

/** The parameters of one row in SHIPMENT_WRITE_COLUMNS order. */
export function recordValues(record: ShipmentRecord): unknown[] {
  return SHIPMENT_WRITE_COLUMNS.map((column) => WRITE_VALUES[column].value(record));
}

/** Names of the fields whose stored values differ from the given record (id and timestamps aside). */
export function differingFields(stored: Shipment, record: ShipmentRecord): string[] {
  return (Object.keys(record) as (keyof ShipmentRecord)[]).filter(
    (field) => field !== 'barrelsPerTonne' && JSON.stringify(stored[field]) !== JSON.stringify(record[field]),
  );
}

/** VALUES list for one row in SHIPMENT_WRITE_COLUMNS order, parameters starting at $offset+1. */
export function valuesPlaceholders(offset = 0): string {
  const placeholder = (column: ShipmentColumn) => {
    const { cast } = WRITE_VALUES[column];
    const parameter = `$${offset + (WRITE_POSITIONS.get(column) as number)}`;
    return cast ? `${parameter}::${cast}` : parameter;
  };
  const values = SHIPMENT_WRITE_COLUMNS.map((column) =>
    column === 'volume_barrels'
      ? `round(${placeholder('volume_tonnes')} * ${placeholder('volume_barrels')}, 3)`
      : placeholder(column),
  );
  return `(${values.join(', ')})`;
}
