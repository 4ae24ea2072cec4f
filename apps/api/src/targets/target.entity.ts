import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A policy target an analyst tracks (libs/domain targets-contract). */
@Entity({ name: 'targets' })
@Check('ck_targets_kind', `"kind" IN ('flow_rate_min', 'flow_rate_max', 'share_min', 'share_max')`)
@Check('ck_targets_unit', `"unit" IN ('bbl/d', 'kb/d', 't/d', 'share')`)
@Check('ck_targets_value_positive', `"value" > 0`)
export class TargetEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'varchar', length: 16 })
  dimension!: string;

  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  commodity!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 6 })
  value!: string;

  @Column({ type: 'varchar', length: 8 })
  unit!: string;

  @Column({ type: 'varchar', length: 8, default: 'volume' })
  basis!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
