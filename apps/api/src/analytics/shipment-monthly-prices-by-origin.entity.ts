import { Entity, PrimaryColumn } from 'typeorm';
import { PriceCellMeasures } from './aggregate-cell-measures';

/**
 * Per arrival month, importing country and origin, what a landed price is made of (every commodity
 * and price basis together); derived from shipment_monthly_prices by its triggers (migration
 * CreateShipmentMonthlyPricesByOrigin). Read by price views with no filter but dates, importer and
 * origin; never written by the application.
 */
@Entity({ name: 'shipment_monthly_prices_by_origin' })
export class ShipmentMonthlyPricesByOriginEntity extends PriceCellMeasures {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;
}
