import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per arrival month and origin, what a landed price is made of over every importer, commodity and
 * price basis; derived from shipment_monthly_prices_by_origin by its triggers (migration
 * CreateShipmentMonthlyPricesByOriginTotal). Read by price views with no filter but dates and origin;
 * never written by the application.
 */
@Entity({ name: 'shipment_monthly_prices_by_origin_total' })
export class ShipmentMonthlyPricesByOriginTotalEntity {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  @Column({ name: 'shipment_count', type: 'bigint' })
  shipmentCount!: number;

  /** Shipments without a USD value: no payment currency, or no rate on or before arrival. */
  @Column({ name: 'shipments_without_value', type: 'bigint' })
  shipmentsWithoutValue!: number;

  /** Volume of the shipments that have a USD value (the denominator of a price). */
  @Column({ name: 'valued_tonnes', type: 'numeric' })
  valuedTonnes!: string;

  @Column({ name: 'valued_barrels', type: 'numeric' })
  valuedBarrels!: string;

  @Column({ name: 'value_usd', type: 'numeric' })
  valueUsd!: string;
}
