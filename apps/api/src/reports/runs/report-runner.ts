import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ReportParams, type ReportWindow, reportWindow } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction-client';
import { type JobOf, JobQueue, QUEUES } from '../queue/job-queue.service';
import type { RunJob } from '../schedule/report-scheduler';
import { GzipCollector } from './gzip-collector';
import { ReportCsvWriter } from './report-csv-writer';

interface RunRow {
  id: string;
  report_id: string;
  scheduled_for: Date;
  kind: string;
  params: ReportParams;
  timezone: string;
  webhook_url: string | null;
}

export interface DeliveryJob {
  runId: string;
}

/**
 * Executes one run job: works out the window, writes the CSV gzip-compressed into report_files,
 * records the outcome, and queues the webhook delivery. A failed attempt is recorded and thrown
 * so that pg-boss retries it with backoff; the last failed attempt marks the run failed.
 */
@Injectable()
export class ReportRunner {
  private readonly logger = new Logger('ReportRunner');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly csv: ReportCsvWriter,
  ) {}

  async execute(job: JobOf<RunJob>): Promise<void> {
    const run = await this.start(job.data.runId);
    if (!run) return; // deleted with its report, or done by an earlier attempt
    const range = reportWindow((run.params.window ?? 'all') as ReportWindow, run.scheduled_for, run.timezone);
    try {
      const file = new GzipCollector();
      const { rows } = await this.csv.write({ kind: run.kind, params: run.params, range }, file);
      const fileName = `tradeflow-${run.kind}-${range.from ?? 'all'}_${range.to ?? 'all'}-${run.scheduled_for.toISOString().slice(0, 16).replace(':', '')}Z.csv`;
      await this.succeed(run, range, rows, file, fileName);
    } catch (error) {
      const final = job.retryCount >= job.retryLimit;
      const message = error instanceof Error ? error.message : String(error);
      await this.dataSource.query(
        `UPDATE report_runs SET status = $2, error = $3, finished_at = CASE WHEN $4 THEN now() END WHERE id = $1`,
        [run.id, final ? 'failed' : 'queued', message, final],
      );
      this.logger.warn(
        { runId: run.id, attempt: job.retryCount + 1, final, err: error },
        'report run failed',
      );
      throw error;
    }
  }

  private async start(runId: string): Promise<RunRow | undefined> {
    const [rows]: [RunRow[], number] = await this.dataSource.query(
      `UPDATE report_runs r
       SET status = 'running', started_at = now(), finished_at = NULL, attempts = r.attempts + 1, error = NULL
       FROM reports p
       WHERE r.id = $1 AND p.id = r.report_id AND r.status <> 'succeeded'
       RETURNING r.id, r.report_id, r.scheduled_for, p.kind, p.params, p.timezone, p.webhook_url`,
      [runId],
    );
    return rows[0];
  }

  private async succeed(
    run: RunRow,
    range: { from?: string; to?: string },
    rows: number,
    file: GzipCollector,
    fileName: string,
  ): Promise<void> {
    await inTransaction(this.dataSource, async ({ client }) => {
      await client.query(
        `INSERT INTO report_files (run_id, file_name, content_gzip, sha256) VALUES ($1, $2, $3, $4)
         ON CONFLICT (run_id) DO UPDATE SET file_name = EXCLUDED.file_name, content_gzip = EXCLUDED.content_gzip,
           sha256 = EXCLUDED.sha256, created_at = now()`,
        [run.id, fileName, file.compressed, file.sha256],
      );
      await client.query(
        `UPDATE report_runs SET status = 'succeeded', finished_at = now(), row_count = $2, bytes = $3,
           window_from = $4, window_to = $5, error = NULL, delivery_status = $6
         WHERE id = $1`,
        [
          run.id,
          rows,
          file.bytes,
          range.from ?? null,
          range.to ?? null,
          run.webhook_url ? 'pending' : 'none',
        ],
      );
      if (run.webhook_url) {
        await this.jobs.send(QUEUES.delivery, { runId: run.id } satisfies DeliveryJob, run.id, client);
      }
    });
    if (run.webhook_url) this.jobs.nudge(QUEUES.delivery);
  }
}
