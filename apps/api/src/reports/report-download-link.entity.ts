import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReportRunEntity } from './report-run.entity';

/**
 * A link to one run's file that works without signing in, until it expires: e-mailed instead of an
 * attachment that is too large. Only the SHA-256 of the token is stored; the token is in the link.
 */
@Entity({ name: 'report_download_links' })
@Index('ix_report_download_links_run', ['runId'])
export class ReportDownloadLinkEntity {
  @PrimaryColumn({
    name: 'token_sha256',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_report_download_links',
  })
  tokenSha256!: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @ManyToOne(() => ReportRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_report_download_links_run' })
  run?: ReportRunEntity;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
