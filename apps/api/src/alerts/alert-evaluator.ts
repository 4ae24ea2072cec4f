import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AlertNotification, alertTransition, isBreached, isoDurationMs } from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction } from '../database/transaction-client';
import { type JobOf, JobQueue, QUEUES } from '../reports/queue/job-queue.service';
import { AlertEntity } from './alert.entity';
import { AlertEvaluationEntity } from './alert-evaluation.entity';
import {
  lockAlertState,
  markEvaluationAttemptFailed,
  recordEvaluationOutcome,
  updateAlertState,
} from './alerts-sql';
import type { EvaluationJob } from './alert-scheduler';
import { type AlertDefinition, AlertValues } from './alert-values';

export interface MessageJob {
  evaluationId: string;
  channel: 'email' | 'webhook';
}

/**
 * Evaluates an alert: measures its value, moves its state (ok/triggered) and queues a message
 * when the state changes or a reminder is due. The state change is decided under a lock of the
 * alert's row, so evaluations that overlap (a slot and an on-demand one) send one message.
 */
@Injectable()
export class AlertEvaluator {
  private readonly logger = new Logger('AlertEvaluator');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly values: AlertValues,
    private readonly jobs: JobQueue,
  ) {}

  /** The pg-boss handler of a scheduled evaluation; failures are recorded and retried. */
  async execute(job: JobOf<EvaluationJob>): Promise<void> {
    try {
      await this.evaluate(job.data.evaluationId);
    } catch (error) {
      const final = job.retryCount >= job.retryLimit;
      await markEvaluationAttemptFailed(
        this.dataSource.manager,
        job.data.evaluationId,
        (error as Error).message,
        final,
      );
      this.logger.warn({ evaluationId: job.data.evaluationId, final, err: error }, 'alert evaluation failed');
      throw error;
    }
  }

  /** Evaluates a recorded (not yet evaluated) evaluation; answers it, filled in. */
  async evaluate(evaluationId: string): Promise<AlertEvaluationEntity | undefined> {
    const evaluations = this.dataSource.getRepository(AlertEvaluationEntity);
    const evaluation = await evaluations.findOneBy({ id: evaluationId });
    if (!evaluation || evaluation.evaluatedAt) return undefined;
    const alert = await this.dataSource.getRepository(AlertEntity).findOneBy({ id: evaluation.alertId });
    if (!alert) return undefined;
    const measured = await this.values.measure(alert as unknown as AlertDefinition, evaluation.scheduledFor);

    const notified = await inTransaction(this.dataSource, async ({ client, manager }) => {
      const current = await lockAlertState(manager, alert.id);
      if (!current) return null;
      const now = this.clock();
      const breached =
        measured.breachedWithoutValue || isBreached(measured.operator, measured.value, measured.threshold);
      const { state, notification } = alertTransition({
        previous: current.state,
        breached,
        lastNotifiedAt: current.lastNotifiedAt,
        now,
        remindEveryMs: alert.remindEvery ? isoDurationMs(alert.remindEvery) : undefined,
      });
      const channels = notification ? channelsOf(alert) : [];
      await updateAlertState(manager, alert.id, {
        state,
        value: measured.value,
        at: now,
        notified: notification === 'triggered' || notification === 'reminder',
      });
      await recordEvaluationOutcome(manager, evaluationId, {
        evaluatedAt: now,
        value: measured.value,
        threshold: measured.threshold,
        state,
        notification,
        windowFrom: measured.windowFrom,
        windowTo: measured.windowTo,
        deliveryStatus: channels.length ? 'pending' : null,
      });
      for (const channel of channels) {
        await this.jobs.send(
          QUEUES.alertMessage,
          { evaluationId, channel } satisfies MessageJob,
          `${evaluationId}:${channel}`,
          client,
        );
      }
      return notification as AlertNotification | null;
    });
    if (notified) this.jobs.nudge(QUEUES.alertMessage);
    return (await evaluations.findOneBy({ id: evaluationId })) ?? undefined;
  }
}

function channelsOf(alert: AlertEntity): Array<'email' | 'webhook'> {
  return [
    ...(alert.emailTo.length ? (['email'] as const) : []),
    ...(alert.webhookUrl ? (['webhook'] as const) : []),
  ];
}
