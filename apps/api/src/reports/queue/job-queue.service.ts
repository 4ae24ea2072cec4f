import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export const QUEUES = {
  /** One job per report run (scheduled slot or run-now). */
  run: 'report-run',
  /** One job per delivery of a run's file over one channel (e-mail, webhook). */
  delivery: 'report-delivery',
  /** A pg-boss cron job every minute: the report scheduler's tick. */
  tick: 'report-scheduler-tick',
  /** One job per alert evaluation (cron slot or on demand). */
  alertEvaluation: 'alert-evaluation',
  /** One job per alert message (e-mail and webhook). */
  alertMessage: 'alert-message',
  /** A pg-boss cron job every minute: the alert scheduler's tick. */
  alertTick: 'alert-scheduler-tick',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobOf<T> {
  id: string;
  data: T;
  retryCount: number;
  retryLimit: number;
}

/**
 * pg-boss 10 on the application's PostgreSQL (schema `pgboss`): durable jobs with retries and
 * backoff, shared by every API instance, and a cluster-wide cron. Started and stopped by the
 * reports module's lifecycle.
 */
@Injectable()
export class JobQueue {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly workers = new Map<QueueName, string>();
  private started = false;
  private starting: Promise<void> | undefined;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const options = dataSource.options as PostgresConnectionOptions;
    this.boss = new PgBoss({
      // Jobs are writes: always the primary, also when read replicas are configured.
      connectionString: options.replication?.master.url ?? options.url,
      schema: 'pgboss',
      max: 4,
      application_name: 'tradeflow-jobs',
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'pg-boss error'));
  }

  /** Starts pg-boss and creates the queues, once however many modules ask. */
  start(): Promise<void> {
    this.starting ??= this.startOnce();
    return this.starting;
  }

  private async startOnce(): Promise<void> {
    await this.boss.start();
    this.started = true;
    const { reports } = this.config;
    await this.createQueue(QUEUES.run, {
      policy: 'stately',
      retryLimit: reports.retryLimit,
      retryDelay: reports.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 60 * 60,
    });
    await this.createQueue(QUEUES.delivery, {
      policy: 'stately',
      retryLimit: reports.webhookRetryLimit,
      retryDelay: reports.webhookRetryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    });
    await this.createQueue(QUEUES.tick, { policy: 'standard', retryLimit: 0, expireInSeconds: 5 * 60 });
    await this.createQueue(QUEUES.alertEvaluation, {
      policy: 'stately',
      retryLimit: reports.retryLimit,
      retryDelay: reports.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    });
    await this.createQueue(QUEUES.alertMessage, {
      policy: 'stately',
      retryLimit: reports.webhookRetryLimit,
      retryDelay: reports.webhookRetryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    });
    await this.createQueue(QUEUES.alertTick, { policy: 'standard', retryLimit: 0, expireInSeconds: 5 * 60 });
  }

  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }

  /** Enqueues a job, inside the caller's transaction when `client` is given (so both commit or neither). */
  async send(
    queue: QueueName,
    data: object,
    singletonKey: string,
    client?: PoolClient,
  ): Promise<string | null> {
    const db = client
      ? { executeSql: (text: string, values: unknown[]) => client.query(text, values) }
      : undefined;
    return this.boss.send(queue, data, { singletonKey, ...(db ? { db } : {}) });
  }

  async work<T>(queue: QueueName, handler: (job: JobOf<T>) => Promise<void>): Promise<void> {
    const id = await this.boss.work<T>(
      queue,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: this.config.reports.jobPollingSeconds },
      async (jobs) => {
        for (const job of jobs) await handler(job);
      },
    );
    this.workers.set(queue, id);
  }

  /** Wakes this process's worker of `queue` now instead of at its next poll. */
  nudge(queue: QueueName): void {
    const id = this.workers.get(queue);
    if (id) this.boss.notifyWorker(id);
  }

  async everyMinute(queue: QueueName): Promise<void> {
    await this.boss.schedule(queue, '* * * * *', {}, { tz: 'UTC' });
  }

  private async createQueue(name: QueueName, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
    if (await this.boss.getQueue(name)) {
      await this.boss.updateQueue(name, { name, ...options });
      return;
    }
    try {
      await this.boss.createQueue(name, { name, ...options });
    } catch (error) {
      // Another instance created it between the check and here.
      if ((error as { code?: string }).code !== '23505') throw error;
    }
  }
}
