import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { CLOCK, type Clock } from '../common/clock';
import { EmailDelivery } from './delivery/email-delivery';
import { WebhookDelivery } from './delivery/webhook-delivery';
import { JobQueue, QUEUES } from './queue/job-queue.service';
import { type DeliveryJob, ReportRunner } from './runs/report-runner';
import { ReportScheduler, type RunJob } from './schedule/report-scheduler';

/**
 * Starts pg-boss and the workers once the app is up, catches up on slots missed while no instance
 * was running (a tick right at start-up), and stops pg-boss cleanly, letting running jobs finish,
 * before the database connections close.
 */
@Injectable()
export class ReportsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Reports');

  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: ReportScheduler,
    private readonly runner: ReportRunner,
    private readonly webhook: WebhookDelivery,
    private readonly email: EmailDelivery,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.start();
    await this.jobs.work<RunJob>(QUEUES.run, (job) => this.runner.execute(job));
    await this.jobs.work<DeliveryJob>(QUEUES.delivery, (job) =>
      job.data.channel === 'email' ? this.email.execute(job) : this.webhook.execute(job),
    );
    await this.jobs.work(QUEUES.tick, async () => {
      await this.scheduler.tick(this.clock());
    });
    await this.jobs.everyMinute(QUEUES.tick);
    const caughtUp = await this.scheduler.tick(this.clock());
    if (caughtUp.length) this.logger.log(`queued ${caughtUp.length} report run(s) missed while stopped`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.jobs.stop();
  }
}
