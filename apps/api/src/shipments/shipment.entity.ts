import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One import cargo. The primary key is derived from `reference` (see shipment-id.ts), so the natural
 * key's uniqueness is the primary key's and the table stays Citus-compatible when distributed by `id`.
 * Numeric columns come back from pg as strings and are never summed in JavaScript.
 */
@Entity({ name: 'shipments' })
@Check('ck_shipments_id_from_reference', `"id" = md5("reference")::uuid`)
@Check('ck_shipments_volume_positive', `"volume_tonnes" > 0`)
@Check('ck_shipments_value_non_negative', `"value_amount" >= 0`)
@Check('ck_shipments_value_with_currency', `("value_amount" IS NULL) = ("payment_currency" IS NULL)`)
@Check(
  'ck_shipments_departure_before_arrival',
  `"departure_date" IS NULL OR "departure_date" <= "arrival_date"`,
)
@Check('ck_shipments_price_basis', `"price_basis" IN ('FOB', 'CFR', 'CIF', 'DES', 'unknown')`)
@Index('ix_shipments_arrival', ['arrivalDate', 'id'])
@Index('ix_shipments_origin_arrival', ['originCountry', 'arrivalDate'])
@Index('ix_shipments_status_arrival', ['status', 'arrivalDate'])
@Check(
  'ck_shipments_api_gravity_crude',
  `"api_gravity" IS NULL OR ("commodity" = 'crude_oil' AND "api_gravity" BETWEEN 5 AND 70)`,
)
@Index('ix_shipments_text_search', { synchronize: false })
@Index('ix_shipments_api_gravity_arrival', { synchronize: false })
@Index('ix_shipments_discharge_port_arrival', ['dischargePort', 'arrivalDate'])
export class ShipmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  reference!: string;

  @Column({ type: 'varchar', length: 16 })
  commodity!: string;

  @Column({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  @Column({ name: 'load_port', type: 'varchar', length: 5, nullable: true })
  loadPort!: string | null;

  @Column({ name: 'discharge_port', type: 'varchar', length: 5, nullable: true })
  dischargePort!: string | null;

  @Column({ name: 'transport_mode', type: 'varchar', length: 16 })
  transportMode!: string;

  @Column({ name: 'transit_countries', type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  transitCountries!: string[];

  @Column({ name: 'volume_tonnes', type: 'numeric', precision: 15, scale: 3 })
  volumeTonnes!: string;

  @Column({ name: 'volume_barrels', type: 'numeric', precision: 18, scale: 3 })
  volumeBarrels!: string;

  @Column({ name: 'value_amount', type: 'numeric', precision: 20, scale: 2, nullable: true })
  valueAmount!: string | null;

  @Column({ name: 'payment_currency', type: 'varchar', length: 3, nullable: true })
  paymentCurrency!: string | null;

  @Column({ name: 'contract_date', type: 'date', nullable: true })
  contractDate!: string | null;

  @Column({ name: 'departure_date', type: 'date', nullable: true })
  departureDate!: string | null;

  @Column({ name: 'arrival_date', type: 'date' })
  arrivalDate!: string;

  @Column({ name: 'vessel_name', type: 'text', nullable: true })
  vesselName!: string | null;

  @Column({ name: 'vessel_imo', type: 'varchar', length: 7, nullable: true })
  vesselImo!: string | null;

  @Column({ type: 'text', nullable: true })
  importer!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'delivered' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'api_gravity', type: 'numeric', precision: 5, scale: 2, nullable: true })
  apiGravity!: string | null;

  @Column({ name: 'sts_transfer_point', type: 'varchar', length: 100, nullable: true })
  stsTransferPoint!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  legs!: unknown;

  /** The importing country (ISO 3166-1 alpha-2): given, else the discharge port's, else HOME_COUNTRY. */
  @Column({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  /** The delivery term the value is quoted on: FOB, CFR, CIF, DES or unknown (PRICE_BASES). */
  @Column({ name: 'price_basis', type: 'varchar', length: 8, default: 'unknown' })
  priceBasis!: string;
  /** The chokepoints override (libs/domain CHOKEPOINTS codes); NULL: derived from the route. */
  @Column({ type: 'varchar', length: 24, array: true, nullable: true })
  chokepoints!: string[] | null;

  /** What the shipment passes: the override, else derived by the sea-lane table when written. */
  @Column({ name: 'chokepoints_passed', type: 'varchar', length: 24, array: true, default: () => "'{}'" })
  chokepointsPassed!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
