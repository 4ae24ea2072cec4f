import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A crude benchmark (Brent, Dubai/Oman, ...): its prices are in benchmark_prices. */
@Entity({ name: 'benchmarks' })
@Check('ck_benchmarks_frequency', `"frequency" IN ('monthly', 'daily')`)
@Check('ck_benchmarks_code', `"code" ~ '^[A-Z][A-Z0-9_]{1,15}$'`)
export class BenchmarkEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  frequency!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** USD per barrel of a benchmark on a date (a monthly series: its month's average, dated the 1st). */
@Entity({ name: 'benchmark_prices' })
@Check('ck_benchmark_prices_positive', `"usd_per_barrel" > 0`)
export class BenchmarkPriceEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ name: 'usd_per_barrel', type: 'numeric', precision: 12, scale: 4 })
  usdPerBarrel!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => BenchmarkEntity, { nullable: false })
  @JoinColumn({ name: 'code', foreignKeyConstraintName: 'FK_benchmark_prices_code' })
  benchmark?: BenchmarkEntity;
}
