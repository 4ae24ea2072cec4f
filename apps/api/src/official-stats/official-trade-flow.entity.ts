import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One official monthly import (UN Comtrade): an importer's imports of one HS code from one partner. */
@Entity({ name: 'official_trade_flows' })
@Check('ck_official_trade_flows_commodity', `"commodity" IN ('crude_oil', 'lpg')`)
@Check('ck_official_trade_flows_weight_source', `"weight_source" IN ('net_weight', 'quantity')`)
@Index('ix_official_trade_flows_month', ['month'])
export class OfficialTradeFlowEntity {
  /** The reporter, ISO 3166-1 alpha-2. */
  @PrimaryColumn({ name: 'importer_country', type: 'varchar', length: 2 })
  importerCountry!: string;

  /** The partner (origin), ISO 3166-1 alpha-2. */
  @PrimaryColumn({ name: 'partner_country', type: 'varchar', length: 2 })
  partnerCountry!: string;

  /** HS code without dots: 2709, 271112, 271113. */
  @PrimaryColumn({ name: 'cmd_code', type: 'varchar', length: 6 })
  cmdCode!: string;

  /** First day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ name: 'flow_code', type: 'varchar', length: 2 })
  flowCode!: string;

  @Column({ type: 'varchar', length: 16 })
  commodity!: string;

  @Column({ name: 'volume_tonnes', type: 'numeric', precision: 20, scale: 3 })
  volumeTonnes!: string;

  /** primaryValue: CIF for imports as most reporters declare them. */
  @Column({ name: 'value_usd', type: 'numeric', precision: 20, scale: 2 })
  valueUsd!: string;

  @Column({ name: 'cif_value_usd', type: 'numeric', precision: 20, scale: 2, nullable: true })
  cifValueUsd!: string | null;

  @Column({ name: 'fob_value_usd', type: 'numeric', precision: 20, scale: 2, nullable: true })
  fobValueUsd!: string | null;

  /** net_weight (netWgt) or quantity (qty in kg when netWgt was empty). */
  @Column({ name: 'weight_source', type: 'varchar', length: 16 })
  weightSource!: string;

  @Column({ name: 'is_net_wgt_estimated', type: 'boolean', nullable: true })
  isNetWgtEstimated!: boolean | null;

  @Column({ name: 'is_qty_estimated', type: 'boolean', nullable: true })
  isQtyEstimated!: boolean | null;

  @Column({ name: 'is_reported', type: 'boolean', nullable: true })
  isReported!: boolean | null;

  @Column({ name: 'is_aggregate', type: 'boolean', nullable: true })
  isAggregate!: boolean | null;

  @Column({ name: 'legacy_estimation_flag', type: 'integer', nullable: true })
  legacyEstimationFlag!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
