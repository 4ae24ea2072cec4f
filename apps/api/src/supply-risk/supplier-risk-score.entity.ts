import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An admin's supply-risk score of a supplier country, 0 (no risk) to 1; countries without a row count 0.5. */
@Entity({ name: 'supplier_risk_scores' })
@Check('ck_supplier_risk_scores_score_0_1', `"score" >= 0 AND "score" <= 1`)
export class SupplierRiskScoreEntity {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  country!: string;

  @Column({ type: 'numeric', precision: 4, scale: 3 })
  score!: string;

  @Column({ type: 'text', nullable: true })
  rationale!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
