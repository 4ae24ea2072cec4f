import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A watched figure: evaluated on its cron, in its time zone, with a message when its state changes. */
@Entity({ name: 'alerts' })
@Check('ck_alerts_metric', `"metric" IN ('share', 'hhi', 'flow_rate', 'target', 'days_since_last_arrival')`)
@Check('ck_alerts_operator', `"operator" IN ('above', 'below')`)
@Check('ck_alerts_state', `"state" IN ('ok', 'triggered')`)
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_alerts' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  metric!: string;

  @Column({ type: 'jsonb' })
  params!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 8 })
  operator!: string;

  @Column({ type: 'double precision', nullable: true })
  threshold!: number | null;

  @Column({ name: 'window', type: 'varchar', length: 32 })
  window!: string;

  @Column({ type: 'varchar', length: 100 })
  cron!: string;

  @Column({ type: 'varchar', length: 64 })
  timezone!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'email_to', type: 'text', array: true, default: () => "'{}'" })
  emailTo!: string[];

  @Column({ name: 'webhook_url', type: 'text', nullable: true })
  webhookUrl!: string | null;

  @Column({ name: 'webhook_secret', type: 'varchar', length: 128, nullable: true })
  webhookSecret!: string | null;

  @Column({ name: 'remind_every', type: 'varchar', length: 32, nullable: true })
  remindEvery!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'ok' })
  state!: string;

  @Column({ name: 'last_value', type: 'double precision', nullable: true })
  lastValue!: number | null;

  @Column({ name: 'last_evaluated_at', type: 'timestamptz', nullable: true })
  lastEvaluatedAt!: Date | null;

  /** When the last `triggered` or reminder message was sent (reminders count from it). */
  @Column({ name: 'last_notified_at', type: 'timestamptz', nullable: true })
  lastNotifiedAt!: Date | null;

  /** Slots at or before this instant are never evaluated: set at creation and when the schedule changes. */
  @Column({ name: 'schedule_from', type: 'timestamptz' })
  scheduleFrom!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
