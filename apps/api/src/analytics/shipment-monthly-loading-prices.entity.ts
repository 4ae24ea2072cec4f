import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per arrival month, departure month, importing country, commodity, origin, price basis and payment
 * currency, what a landed price is made of; summed from the shipments by their triggers (migration
 * CreateShipmentMonthlyLoadingPrices). Read by landed prices matched by loading month; never written
 * by the application.
 */
@Entity({ name: 'shipment_monthly_loading_prices' })
export class ShipmentMonthlyLoadingPricesEntity {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  /** First day of the departure (loading) month; 'infinity' when the departure date is not known. */
  @PrimaryColumn({ name: 'departure_month', type: 'date' })
  departureMonth!: string;

  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  commodity!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  /** The delivery term of the values (PRICE_BASES). */
  @PrimaryColumn({ name: 'price_basis', type: 'varchar', length: 8 })
  priceBasis!: string;

  /** ISO 4217 code, '' for none. */
  @PrimaryColumn({ name: 'payment_currency', type: 'varchar', length: 3 })
  paymentCurrency!: string;

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
