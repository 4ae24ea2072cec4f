import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ValueCellMeasures } from './aggregate-cell-measures';

/**
 * Shipments summed by arrival month and every filterable dimension. Written only by the triggers of
 * migration CreateShipmentMonthlyRollup (in the transaction of each shipment or fx-rate write), read
 * by the analytics queries; never written by the application.
 */
@Entity({ name: 'shipment_monthly_rollup' })
export class ShipmentMonthlyRollupEntity extends ValueCellMeasures {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  commodity!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  /** '' when no payment currency is recorded. */
  @PrimaryColumn({ name: 'payment_currency', type: 'varchar', length: 3 })
  paymentCurrency!: string;

  @PrimaryColumn({ name: 'transport_mode', type: 'varchar', length: 16 })
  transportMode!: string;

  /** Transit countries joined by '|' ('UZ|AF'), '' for none. */
  @PrimaryColumn({ name: 'transit_route', type: 'text' })
  transitRoute!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status!: string;

  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  /** The delivery term of the values (PRICE_BASES). */
  @PrimaryColumn({ name: 'price_basis', type: 'varchar', length: 8 })
  priceBasis!: string;

  /** The chokepoints passed joined by '|' in libs/domain CHOKEPOINTS order ('hormuz'), '' for none. */
  @PrimaryColumn({ name: 'chokepoint_route', type: 'text' })
  chokepointRoute!: string;

  /** Volume of the shipments that have a USD value (the denominator of a price). */
  @Column({ name: 'valued_tonnes', type: 'numeric' })
  valuedTonnes!: string;

  @Column({ name: 'valued_barrels', type: 'numeric' })
  valuedBarrels!: string;
}
