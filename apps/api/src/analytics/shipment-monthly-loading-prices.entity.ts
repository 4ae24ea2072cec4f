import { Entity, PrimaryColumn } from 'typeorm';
import { PriceCellMeasures } from './aggregate-cell-measures';

/**
 * Per arrival month, departure month, importing country, commodity, origin, price basis and payment
 * currency, what a landed price is made of; summed from the shipments by their triggers (migration
 * CreateShipmentMonthlyLoadingPrices). Read by landed prices matched by loading month; never written
 * by the application.
 */
@Entity({ name: 'shipment_monthly_loading_prices' })
export class ShipmentMonthlyLoadingPricesEntity extends PriceCellMeasures {
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
}
