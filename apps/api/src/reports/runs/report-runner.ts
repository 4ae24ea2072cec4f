import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DeliveryChannel, reportFileName, type ReportWindow, reportWindow } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { inTransaction, type TransactionClient } from '../../database/transaction-client';
import { type JobOf, JobQueue, QUEUES } from '../queue/job-queue.service';
import {
  claimRun,
  type ClaimedRun,
  markRunAttemptFailed,
  markRunSkipped,
  markRunSucceeded,
  upsertPendingDelivery,
  upsertRunFile,
} from '../reports-sql';
import type { RunJob } from '../schedule/report-scheduler';
import { GzipCollector } from './gzip-collector';
import { ReportCsvWriter } from './report-csv-writer';

export interface DeliveryJob {
  runId: string;
  /** Absent in jobs queued before e-mail existed: those are webhooks. */
  channel?: DeliveryChannel;
}

/** The channels a report sends its files to. */
export function channelsOf(report: { webhookUrl: string | null; emailTo: string[] }): DeliveryChannel[] {
  return [
    ...(report.emailTo.length > 0 ? (['email'] as const) : []),
    ...(report.webhookUrl ? (['webhook'] as const) : []),
  ];
}

/**
 * Records a pending delivery per channel and queues its job, in the caller's transaction (so the
 * run's outcome and its deliveries commit together).
 */
export async function queueDeliveries(
  jobs: JobQueue,
  { client, manager }: TransactionClient,
  runId: string,
  channels: readonly DeliveryChannel[],
): Promise<void> {
  for (const channel of channels) {
    await upsertPendingDelivery(manager, runId, channel);
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
    const run = await claimRun(this.dataSource.manager, job.data.runId);
    if (!run) return; // deleted with its report, or done by an earlier attempt
    const range = reportWindow((run.params.window ?? 'all') as ReportWindow, run.scheduledFor, run.timezone);
    try {
      const file = new GzipCollector();
      const format = run.format ?? 'csv';
      const { rows } = await this.csv.write({ kind: run.kind, params: run.params, range, format }, file);
      if (rows === 0 && run.skipIfEmpty) {
        await markRunSkipped(this.dataSource.manager, run.id, range);
        return;
      }
      await this.succeed(run, range, rows, file, reportFileName(run.name, range, format));
    } catch (error) {
      const final = job.retryCount >= job.retryLimit;
      const message = error instanceof Error ? error.message : String(error);
      await markRunAttemptFailed(this.dataSource.manager, run.id, final, message);
      this.logger.warn(
        { runId: run.id, attempt: job.retryCount + 1, final, err: error },
        'report run failed',
      );
      throw error;
    }
  }

  private async succeed(
    run: ClaimedRun,
    range: { from?: string; to?: string },
    rows: number,
    file: GzipCollector,
    fileName: string,
  ): Promise<void> {
    const channels = channelsOf(run);
    await inTransaction(this.dataSource, async (tx) => {
      await upsertRunFile(tx.manager, run.id, {
        fileName,
        contentGzip: file.compressed,
        sha256: file.sha256,
      });
      await markRunSucceeded(tx.manager, run.id, rows, file.bytes, range);
      await queueDeliveries(this.jobs, tx, run.id, channels);
    });
    if (channels.length) this.jobs.nudge(QUEUES.delivery);
  }
}
