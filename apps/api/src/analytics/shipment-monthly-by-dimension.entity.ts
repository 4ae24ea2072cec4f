import { Entity, PrimaryColumn } from 'typeorm';
import { ValueAndMissingCurrencyCellMeasures } from './aggregate-cell-measures';

/**
 * Per month, the totals of each group of one dimension (origin, currency, commodity, mode, route, destination)
 * and importing country,
 * derived from shipment_monthly_rollup by its triggers (migration CreateShipmentMonthlyByDimension).
 * Read by analytics views grouped by one dimension with no other filter; never written by the app.
 */
@Entity({ name: 'shipment_monthly_by_dimension' })
export class ShipmentMonthlyByDimensionEntity extends ValueAndMissingCurrencyCellMeasures {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  /** The importing country of the group's shipments: a destination filter reads these rows alone. */
  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  /** The API's group key: 'SA', 'none' (currency not recorded), 'road via UZ|AF'. */
  @PrimaryColumn({ type: 'text' })
  key!: string;
}
