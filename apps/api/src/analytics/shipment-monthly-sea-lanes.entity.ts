import { Entity, PrimaryColumn } from 'typeorm';
import { ValueAndMissingCurrencyCellMeasures } from './aggregate-cell-measures';

/**
 * Per month, importing country, commodity and origin, the shipments of each set of chokepoints
 * passed, derived from shipment_monthly_rollup by its triggers (migration
 * CreateShipmentMonthlySeaLanes). Read by the chokepoint views that need no other dimension; never
 * written by the application.
 */
@Entity({ name: 'shipment_monthly_sea_lanes' })
export class ShipmentMonthlySeaLanesEntity extends ValueAndMissingCurrencyCellMeasures {
  /** First day of the arrival month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  commodity!: string;

  @PrimaryColumn({ name: 'origin_country', type: 'varchar', length: 2 })
  originCountry!: string;

  /** The chokepoints passed joined by '|' in libs/domain CHOKEPOINTS order ('hormuz'), '' for none. */
  @PrimaryColumn({ name: 'chokepoint_route', type: 'text' })
  chokepointRoute!: string;
}
