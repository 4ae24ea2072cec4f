import { Entity, PrimaryColumn } from 'typeorm';
import { ValueAndMissingCurrencyCellMeasures } from './aggregate-cell-measures';

/**
 * shipment_monthly_by_dimension summed over all importing countries, derived from it by its triggers
 * (migration AddAllImporterTotals). Read by the views grouped by one dimension with no filter but the
 * dates; never written by the application.
 */
@Entity({ name: 'shipment_monthly_by_dimension_total' })
export class ShipmentMonthlyByDimensionTotalEntity extends ValueAndMissingCurrencyCellMeasures {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  /** The group key, as in shipment_monthly_by_dimension. */
  @PrimaryColumn({ type: 'text' })
  key!: string;
}
