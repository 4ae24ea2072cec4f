import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportRunTrigger } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { inTransaction, type TransactionClient } from '../../database/transaction-client';
import { JobQueue, QUEUES } from '../queue/job-queue.service';
import { insertRun, selectEnabledReportSchedules } from '../reports-sql';
import { latestSlot } from './cron-schedule';

export interface RunJob {
  runId: string;
}

/**
 * Turns cron slots into runs. A tick looks at every enabled report and enqueues the latest slot
 * that is due and has no run yet, so a server that was down (or starting) when slots passed runs
 * the latest of them once, and never the ones before the report was created or rescheduled.
 * Exactly once: the run row (unique per report and slot) and its pg-boss job (singleton key per
 * report and slot) are written in one transaction, so concurrent ticks of several instances
 * produce one run.
 */
@Injectable()
export class ReportScheduler {
  private readonly logger = new Logger('ReportScheduler');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /** Enqueues the due slot of every enabled report; answers the ids of the runs it created. */
  async tick(now: Date): Promise<string[]> {
    const reports = await selectEnabledReportSchedules(this.dataSource.manager);
    const created: string[] = [];
    for (const report of reports) {
      try {
        const slot = latestSlot(report.cron, report.timezone, now);
        const after = Math.max(report.scheduleFrom.getTime(), report.lastSlot?.getTime() ?? 0);
        if (slot.getTime() <= after) continue;
        const runId = await this.enqueue(report.id, slot, 'schedule');
        if (runId) created.push(runId);
      } catch (error) {
        this.logger.error({ err: error, reportId: report.id }, 'scheduling a report failed');
      }
    }
    if (created.length) this.jobs.nudge(QUEUES.run);
    return created;
  }

  /**
   * Creates the run of `report` for `scheduledFor` and its job, atomically. For a scheduled slot
   * that another instance has taken already, answers undefined.
   */
  async enqueue(
    reportId: string,
    scheduledFor: Date,
    trigger: ReportRunTrigger,
  ): Promise<string | undefined> {
    return inTransaction(this.dataSource, (tx) => this.enqueueIn(tx, reportId, scheduledFor, trigger));
  }

  /** As enqueue, inside the caller's transaction. */
  async enqueueIn(
    { client, manager }: TransactionClient,
    reportId: string,
    scheduledFor: Date,
    trigger: ReportRunTrigger,
  ): Promise<string | undefined> {
    const runId = await insertRun(manager, reportId, trigger, scheduledFor);
    if (runId) {
      const key = trigger === 'schedule' ? `${reportId}@${scheduledFor.toISOString()}` : runId;
      await this.jobs.send(QUEUES.run, { runId } satisfies RunJob, key, client);
    }
    return runId;
  }
}
