import { Column } from 'typeorm';

/*
 * The measure columns the monthly aggregates hold per cell, once. Each aggregate's entity extends
 * the set it has (TypeORM maps inherited columns onto the entity's own table) and declares its keys.
 */

/** Shipments and their volume. */
export abstract class VolumeCellMeasures {
  @Column({ name: 'shipment_count', type: 'bigint' })
  shipmentCount!: number;

  @Column({ name: 'volume_tonnes', type: 'numeric' })
  volumeTonnes!: string;

  @Column({ name: 'volume_barrels', type: 'numeric' })
  volumeBarrels!: string;
}

/** With the USD value and the shipments that have no rate for it. */
export abstract class ValueCellMeasures extends VolumeCellMeasures {
  /** Sum of value x rate of shipments with a rate (exact numeric). */
  @Column({ name: 'value_usd', type: 'numeric' })
  valueUsd!: string;

  @Column({ name: 'shipments_without_fx_rate', type: 'bigint' })
  shipmentsWithoutFxRate!: number;
}

/** With the shipments that have no payment currency recorded. */
export abstract class ValueAndMissingCurrencyCellMeasures extends ValueCellMeasures {
  @Column({ name: 'shipments_without_value', type: 'bigint' })
  shipmentsWithoutValue!: number;
}

/** What a landed price is made of. */
export abstract class PriceCellMeasures {
  @Column({ name: 'shipment_count', type: 'bigint' })
  shipmentCount!: number;

  /** Shipments without a USD value: no payment currency, or no rate on or before arrival. */
  @Column({ name: 'shipments_without_value', type: 'bigint' })
  shipmentsWithoutValue!: number;

  /** Volume of the shipments that have a USD value (the denominator of a price). */
  @Column({ name: 'valued_tonnes', type: 'numeric' })
  valuedTonnes!: string;

  @Column({ name: 'valued_barrels', type: 'numeric' })
  valuedBarrels!: string;

  @Column({ name: 'value_usd', type: 'numeric' })
  valueUsd!: string;
}
