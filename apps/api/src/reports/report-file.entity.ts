import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ReportRunEntity } from './report-run.entity';

/** The CSV of a successful run, gzip-compressed; kept in PostgreSQL so it survives restarts. */
@Entity({ name: 'report_files' })
export class ReportFileEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid', primaryKeyConstraintName: 'PK_report_files' })
  runId!: string;

  @OneToOne(() => ReportRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_report_files_run' })
  run?: ReportRunEntity;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ name: 'content_gzip', type: 'bytea' })
  contentGzip!: Buffer;

  /** SHA-256 (hex) of the uncompressed CSV. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
