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
import { ReportEntity } from './report.entity';

@Entity({ name: 'report_runs' })
@Check('ck_report_runs_trigger', `"trigger" IN ('schedule', 'manual', 'test')`)
@Check('ck_report_runs_status', `"status" IN ('queued', 'running', 'succeeded', 'failed', 'skipped')`)
@Index('ux_report_runs_slot', ['reportId', 'scheduledFor'], { unique: true, where: `"trigger" = 'schedule'` })
@Index('ix_report_runs_report', ['reportId', 'scheduledFor'])
export class ReportRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_report_runs' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_report_runs_report' })
  report?: ReportEntity;

  @Column({ type: 'varchar', length: 16 })
  trigger!: string;

  @Column({ name: 'scheduled_for', type: 'timestamptz' })
  scheduledFor!: Date;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'window_from', type: 'date', nullable: true })
  windowFrom!: string | null;

  @Column({ name: 'window_to', type: 'date', nullable: true })
  windowTo!: string | null;

  @Column({ name: 'row_count', type: 'integer', nullable: true })
  rowCount!: number | null;

  @Column({ type: 'bigint', nullable: true })
  bytes!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
