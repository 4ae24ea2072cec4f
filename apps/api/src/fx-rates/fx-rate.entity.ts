import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** USD per unit of a currency on a date; analytics use the latest rate on or before an arrival date. */
@Entity({ name: 'fx_rates' })
@Check('ck_fx_rates_positive', `"usd_per_unit" > 0`)
@Check('ck_fx_rates_not_usd', `"currency" <> 'USD'`)
export class FxRateEntity {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  currency!: string;

  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ name: 'usd_per_unit', type: 'numeric', precision: 20, scale: 10 })
  usdPerUnit!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
