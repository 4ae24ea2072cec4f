import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AlertEvaluationTrigger } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { inTransaction, type TransactionClient } from '../database/transaction-client';
import { JobQueue, QUEUES } from '../reports/queue/job-queue.service';
import { latestSlot } from '../reports/schedule/cron-schedule';
import { insertEvaluation, selectEnabledAlertSchedules } from './alerts-sql';

export interface EvaluationJob {
  evaluationId: string;
}

/**
 * Turns cron slots into evaluations, as the report scheduler turns them into runs: each tick
 * enqueues the latest due slot of every enabled alert that has no evaluation yet. The evaluation
 * row (unique per alert and slot) and its pg-boss job (singleton key per alert and slot) are
 * written in one transaction, so the ticks of several instances give one evaluation per slot.
 */
@Injectable()
export class AlertScheduler {
  private readonly logger = new Logger('AlertScheduler');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  async tick(now: Date): Promise<string[]> {
    const alerts = await selectEnabledAlertSchedules(this.dataSource.manager);
    const created: string[] = [];
    for (const alert of alerts) {
      try {
        const slot = latestSlot(alert.cron, alert.timezone, now);
        const after = Math.max(alert.scheduleFrom.getTime(), alert.lastSlot?.getTime() ?? 0);
        if (slot.getTime() <= after) continue;
        const id = await inTransaction(this.dataSource, (tx) =>
          this.enqueueIn(tx, alert.id, slot, 'schedule'),
        );
        if (id) created.push(id);
      } catch (error) {
        this.logger.error({ err: error, alertId: alert.id }, 'scheduling an alert failed');
      }
    }
    if (created.length) this.jobs.nudge(QUEUES.alertEvaluation);
    return created;
  }

  /** Creates the evaluation and, for a scheduled slot, its job; undefined when the slot is taken. */
  async enqueueIn(
    { client, manager }: TransactionClient,
    alertId: string,
    scheduledFor: Date,
    trigger: AlertEvaluationTrigger,
  ): Promise<string | undefined> {
    const id = await insertEvaluation(manager, alertId, trigger, scheduledFor);
    if (id && trigger === 'schedule') {
      await this.jobs.send(
        QUEUES.alertEvaluation,
        { evaluationId: id } satisfies EvaluationJob,
        `${alertId}@${scheduledFor.toISOString()}`,
        client,
      );
    }
    return id;
  }
}
