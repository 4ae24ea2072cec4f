import { Entity, PrimaryColumn } from 'typeorm';
import { ValueCellMeasures } from './aggregate-cell-measures';

/**
 * Per arrival month, importer, status, commodity, origin and payment currency, the shipments summed
 * over the route columns and the price basis; derived from shipment_monthly_rollup by its triggers
 * (migration CreateShipmentMonthlyOriginCurrency). Read by the views that filter and group by these
 * columns alone; never written by the application.
 */
@Entity({ name: 'shipment_monthly_origin_currency' })
export class ShipmentMonthlyOriginCurrencyEntity extends ValueCellMeasures {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  commodity!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  /** '' when no payment currency is recorded. */
  @PrimaryColumn({ name: 'payment_currency', type: 'varchar', length: 3 })
  paymentCurrency!: string;
}
