import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Failed sign-ins of one username (existing or not, so a lock-out says nothing about who exists). */
@Entity({ name: 'login_failures' })
@Index('ix_login_failures_window', ['windowStartedAt'])
export class LoginFailureEntity {
  @PrimaryColumn({ type: 'varchar', length: 256 })
  username!: string;

  @Column({ name: 'failed_count', type: 'integer' })
  failedCount!: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
