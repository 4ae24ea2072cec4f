import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A scheduled report (CSV or XLSX); its schedule lives here, in PostgreSQL, not in process memory. */
@Entity({ name: 'reports' })
@Check('ck_reports_kind', `"kind" IN ('shipments', 'timeseries', 'concentration')`)
@Check('ck_reports_format', `"format" IN ('csv', 'xlsx')`)
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_reports' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'jsonb' })
  params!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 100 })
  cron!: string;

  @Column({ type: 'varchar', length: 64 })
  timezone!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'webhook_url', type: 'text', nullable: true })
  webhookUrl!: string | null;

  @Column({ name: 'webhook_secret', type: 'varchar', length: 128, nullable: true })
  webhookSecret!: string | null;

  @Column({ type: 'varchar', length: 8, default: 'csv' })
  format!: string;

  @Column({ name: 'skip_if_empty', type: 'boolean', default: false })
  skipIfEmpty!: boolean;

  @Column({ name: 'email_to', type: 'text', array: true, default: () => "'{}'" })
  emailTo!: string[];

  @Column({ name: 'email_subject', type: 'varchar', length: 200, nullable: true })
  emailSubject!: string | null;

  /** Slots at or before this instant never run: set at creation and when cron, zone or enabled change. */
  @Column({ name: 'schedule_from', type: 'timestamptz' })
  scheduleFrom!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
