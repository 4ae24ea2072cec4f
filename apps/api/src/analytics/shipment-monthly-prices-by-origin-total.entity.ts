import { Entity, PrimaryColumn } from 'typeorm';
import { PriceCellMeasures } from './aggregate-cell-measures';

/**
 * Per arrival month and origin, what a landed price is made of over every importer, commodity and
 * price basis; derived from shipment_monthly_prices_by_origin by its triggers (migration
 * CreateShipmentMonthlyPricesByOriginTotal). Read by price views with no filter but dates and origin;
 * never written by the application.
 */
@Entity({ name: 'shipment_monthly_prices_by_origin_total' })
export class ShipmentMonthlyPricesByOriginTotalEntity extends PriceCellMeasures {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;
}
