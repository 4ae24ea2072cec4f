import { Entity, PrimaryColumn } from 'typeorm';
import { PriceCellMeasures } from './aggregate-cell-measures';

/**
 * Per arrival month, importing country, commodity, origin and price basis, what a landed price is
 * made of; derived from shipment_monthly_rollup by its triggers (migration
 * CreateShipmentMonthlyPrices). Read by price views filtered by these columns alone; never written
 * by the application.
 */
@Entity({ name: 'shipment_monthly_prices' })
export class ShipmentMonthlyPricesEntity extends PriceCellMeasures {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  commodity!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  /** The delivery term of the values (PRICE_BASES). */
  @PrimaryColumn({ name: 'price_basis', type: 'varchar', length: 8 })
  priceBasis!: string;
}
