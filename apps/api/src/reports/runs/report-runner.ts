import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DeliveryChannel,
  type ReportFormat,
  reportFileName,
  type ReportParams,
  type ReportWindow,
  reportWindow,
} from '@tradeflow/domain';
import type { PoolClient } from 'pg';
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
  name: string;
  kind: string;
  params: ReportParams;
  timezone: string;
  format: ReportFormat;
  skip_if_empty: boolean;
  webhook_url: string | null;
  email_to: string[];
}

export interface DeliveryJob {
  runId: string;
  /** Absent in jobs queued before e-mail existed: those are webhooks. */
  channel?: DeliveryChannel;
}

/** The channels a report sends its files to. */
export function channelsOf(report: { webhook_url: string | null; email_to: string[] }): DeliveryChannel[] {
  return [
    ...(report.email_to.length > 0 ? (['email'] as const) : []),
    ...(report.webhook_url ? (['webhook'] as const) : []),
  ];
}

/**
 * Records a pending delivery per channel and queues its job, in the caller's transaction (so the
 * run's outcome and its deliveries commit together).
 */
export async function queueDeliveries(
  jobs: JobQueue,
  client: PoolClient,
  runId: string,
  channels: readonly DeliveryChannel[],
): Promise<void> {
  for (const channel of channels) {
    await client.query(
      `INSERT INTO report_deliveries (run_id, channel) VALUES ($1, $2)
       ON CONFLICT (run_id, channel) DO UPDATE SET status = 'pending', attempts = 0, last_error = NULL, delivered_at = NULL`,
      [runId, channel],
    );
    await jobs.send(QUEUES.delivery, { runId, channel } satisfies DeliveryJob, `${runId}:${channel}`, client);
  }
}

/**
 * Executes one run job: works out the window, writes the file (CSV or XLSX) gzip-compressed into
 * report_files, records the outcome, and queues the deliveries (e-mail, webhook). A run with no
 * rows of a report with skipIfEmpty is recorded as skipped and sends nothing. A failed attempt is
 * recorded and thrown so that pg-boss retries it with backoff; the last one marks the run failed.
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
      const format = run.format ?? 'csv';
      const { rows } = await this.csv.write({ kind: run.kind, params: run.params, range, format }, file);
      if (rows === 0 && run.skip_if_empty) {
        await this.dataSource.query(
          `UPDATE report_runs SET status = 'skipped', finished_at = now(), row_count = 0, bytes = NULL,
             window_from = $2, window_to = $3, error = NULL WHERE id = $1`,
          [run.id, range.from ?? null, range.to ?? null],
        );
        return;
      }
      await this.succeed(run, range, rows, file, reportFileName(run.name, range, format));
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
       WHERE r.id = $1 AND p.id = r.report_id AND r.status NOT IN ('succeeded', 'skipped')
       RETURNING r.id, r.report_id, r.scheduled_for, p.name, p.kind, p.params, p.timezone, p.format,
         p.skip_if_empty, p.webhook_url, p.email_to`,
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
    const channels = channelsOf(run);
    await inTransaction(this.dataSource, async ({ client }) => {
      await client.query(
        `INSERT INTO report_files (run_id, file_name, content_gzip, sha256) VALUES ($1, $2, $3, $4)
         ON CONFLICT (run_id) DO UPDATE SET file_name = EXCLUDED.file_name, content_gzip = EXCLUDED.content_gzip,
           sha256 = EXCLUDED.sha256, created_at = now()`,
        [run.id, fileName, file.compressed, file.sha256],
      );
      await client.query(
        `UPDATE report_runs SET status = 'succeeded', finished_at = now(), row_count = $2, bytes = $3,
           window_from = $4, window_to = $5, error = NULL
         WHERE id = $1`,
        [run.id, rows, file.bytes, range.from ?? null, range.to ?? null],
      );
      await queueDeliveries(this.jobs, client, run.id, channels);
    });
    if (channels.length) this.jobs.nudge(QUEUES.delivery);
  }
}
