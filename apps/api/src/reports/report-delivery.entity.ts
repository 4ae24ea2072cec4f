import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRunEntity } from './report-run.entity';

/** The delivery of one run's file over one channel: its state, attempts and last failure. */
@Entity({ name: 'report_deliveries' })
@Check('ck_report_deliveries_channel', `"channel" IN ('email', 'webhook')`)
@Check('ck_report_deliveries_status', `"status" IN ('pending', 'delivered', 'failed')`)
export class ReportDeliveryEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_deliveries' })
  runId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_report_deliveries' })
  channel!: string;

  @ManyToOne(() => ReportRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_report_deliveries_run' })
  run?: ReportRunEntity;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** The SMTP server's reply or the webhook's answer of the last failed attempt. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
