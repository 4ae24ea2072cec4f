import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * shipment_monthly_by_dimension summed over all importing countries, derived from it by its triggers
 * (migration AddAllImporterTotals). Read by the views grouped by one dimension with no filter but the
 * dates; never written by the application.
 */
@Entity({ name: 'shipment_monthly_by_dimension_total' })
export class ShipmentMonthlyByDimensionTotalEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  /** The group key, as in shipment_monthly_by_dimension. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ name: 'shipment_count', type: 'bigint' })
  shipmentCount!: number;

  @Column({ name: 'volume_tonnes', type: 'numeric' })
  volumeTonnes!: string;

  @Column({ name: 'volume_barrels', type: 'numeric' })
  volumeBarrels!: string;

  @Column({ name: 'value_usd', type: 'numeric' })
  valueUsd!: string;

  @Column({ name: 'shipments_without_fx_rate', type: 'bigint' })
  shipmentsWithoutFxRate!: number;

  @Column({ name: 'shipments_without_value', type: 'bigint' })
  shipmentsWithoutValue!: number;
}
