import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An importing country's own output of a commodity in a month (user-entered), for import dependency. */
@Entity({ name: 'domestic_production' })
@Check('ck_domestic_production_production_non_negative', `"production_tonnes" >= 0`)
@Check('ck_domestic_production_consumption_non_negative', `"consumption_tonnes" >= 0`)
export class DomesticProductionEntity {
  @PrimaryColumn({ name: 'destination_country', type: 'varchar', length: 2 })
  destinationCountry!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  commodity!: string;

  /** First day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ name: 'production_tonnes', type: 'numeric', precision: 15, scale: 3 })
  productionTonnes!: string;

  @Column({ name: 'consumption_tonnes', type: 'numeric', precision: 15, scale: 3, nullable: true })
  consumptionTonnes!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
