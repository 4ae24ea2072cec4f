import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AlertEntity } from './alert.entity';

/**
 * One evaluation of an alert: created with its pg-boss job (unique per alert and cron slot, so
 * several instances evaluate a slot once), filled in when it has run.
 */
@Entity({ name: 'alert_evaluations' })
@Check('ck_alert_evaluations_trigger', `"trigger" IN ('schedule', 'manual')`)
@Check('ck_alert_evaluations_notification', `"notification" IN ('triggered', 'resolved', 'reminder')`)
@Check('ck_alert_evaluations_delivery_status', `"delivery_status" IN ('pending', 'delivered', 'failed')`)
@Index('ux_alert_evaluations_slot', ['alertId', 'scheduledFor'], {
  unique: true,
  where: `"trigger" = 'schedule'`,
})
@Index('ix_alert_evaluations_alert', ['alertId', 'scheduledFor'])
export class AlertEvaluationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_alert_evaluations' })
  id!: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId!: string;

  @ManyToOne(() => AlertEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id', foreignKeyConstraintName: 'fk_alert_evaluations_alert' })
  alert?: AlertEntity;

  @Column({ type: 'varchar', length: 16 })
  trigger!: string;

  @Column({ name: 'scheduled_for', type: 'timestamptz' })
  scheduledFor!: Date;

  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true })
  evaluatedAt!: Date | null;

  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'double precision', nullable: true })
  threshold!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  state!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  notification!: string | null;

  @Column({ name: 'window_from', type: 'date', nullable: true })
  windowFrom!: string | null;

  @Column({ name: 'window_to', type: 'date', nullable: true })
  windowTo!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The message's delivery over e-mail and webhook (null: no message). */
  @Column({ name: 'delivery_status', type: 'varchar', length: 16, nullable: true })
  deliveryStatus!: string | null;

  @Column({ name: 'delivery_attempts', type: 'integer', default: 0 })
  deliveryAttempts!: number;

  @Column({ name: 'delivery_error', type: 'text', nullable: true })
  deliveryError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
