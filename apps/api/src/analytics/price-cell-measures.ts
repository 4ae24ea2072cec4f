import { Column } from 'typeorm';

/**
 * What a landed price is made of, as every price aggregate holds it per cell (the entities below
 * extend it; TypeORM maps the inherited columns onto each table).
 */
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
