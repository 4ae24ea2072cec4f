import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/clock';
import { JobQueue, QUEUES } from '../reports/queue/job-queue.service';
import { AlertEvaluator, type MessageJob } from './alert-evaluator';
import { AlertMessenger } from './alert-messenger';
import { AlertScheduler, type EvaluationJob } from './alert-scheduler';

/** Registers the alert workers and the alert scheduler's per-minute tick on the reports' pg-boss. */
@Injectable()
export class AlertsLifecycle implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: AlertScheduler,
    private readonly evaluator: AlertEvaluator,
    private readonly messenger: AlertMessenger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.start();
    await this.jobs.work<EvaluationJob>(QUEUES.alertEvaluation, (job) => this.evaluator.execute(job));
    await this.jobs.work<MessageJob>(QUEUES.alertMessage, (job) => this.messenger.execute(job));
    await this.jobs.work(QUEUES.alertTick, async () => {
      await this.scheduler.tick(this.clock());
    });
    await this.jobs.everyMinute(QUEUES.alertTick);
    await this.scheduler.tick(this.clock());
  }
}
