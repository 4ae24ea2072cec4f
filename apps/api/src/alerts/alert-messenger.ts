import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AlertMetric, alertValueText, filtersInWords, type AlertParams } from '@tradeflow/domain';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MailFailure, MailSender } from '../reports/delivery/mail-sender';
import { WebhookAddressRefused } from '../reports/delivery/webhook-address-policy';
import { WebhookSender } from '../reports/delivery/webhook-sender';
import type { JobOf } from '../reports/queue/job-queue.service';
import { AlertEntity } from './alert.entity';
import { AlertEvaluationEntity } from './alert-evaluation.entity';
import type { MessageJob } from './alert-evaluator';
import { recordMessageAttempt } from './alerts-sql';

const HEADLINES = { triggered: 'triggered', resolved: 'resolved', reminder: 'still triggered' } as const;

/** Subject and text of an alert's message (e-mail) for people. */
export function alertMessageText(alert: AlertEntity, evaluation: AlertEvaluationEntity, publicUrl: string) {
  const metric = alert.metric as AlertMetric;
  const headline = HEADLINES[(evaluation.notification ?? 'triggered') as keyof typeof HEADLINES];
  const value = alertValueText(metric, evaluation.value);
  const threshold =
    evaluation.threshold === null ? 'its target' : alertValueText(metric, evaluation.threshold);
  const params = alert.params as AlertParams;
  const subject = `${alert.name}: ${headline} (${value})`;
  const window =
    evaluation.windowFrom || evaluation.windowTo
      ? `arrivals from ${evaluation.windowFrom ?? 'the first'} to ${evaluation.windowTo ?? 'the latest'}`
      : 'all arrivals';
  const measured = params.key ? `${metric} of ${params.key}` : metric.replace(/_/g, ' ');
  const text = [
    `${alert.name} is ${headline}.`,
    `${measured}: ${value}; the alert fires ${alert.operator} ${threshold}.`,
    `Selection: ${filtersInWords(params.filters)}, ${window}.`,
    `Evaluated at ${evaluation.evaluatedAt?.toISOString() ?? ''}.`,
    '',
    `The alert in the dashboard: ${publicUrl}/alerts?alert=${alert.id}`,
  ].join('\n');
  return { subject, text };
}

/**
 * Sends an alert's message over one channel: e-mail (MailSender) or a signed JSON webhook
 * (WebhookSender, the reports' SSRF-guarded sender). Failures are recorded on the evaluation and
 * retried with backoff, except a 5xx SMTP reply or a refused address.
 */
@Injectable()
export class AlertMessenger {
  private readonly logger = new Logger('AlertMessenger');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailSender,
    private readonly webhooks: WebhookSender,
  ) {}

  async execute(job: JobOf<MessageJob>): Promise<void> {
    const evaluation = await this.dataSource
      .getRepository(AlertEvaluationEntity)
      .findOneBy({ id: job.data.evaluationId });
    if (!evaluation?.notification) return;
    const alert = await this.dataSource.getRepository(AlertEntity).findOneBy({ id: evaluation.alertId });
    if (!alert) return;
    try {
      if (job.data.channel === 'email') await this.email(alert, evaluation);
      else await this.webhook(alert, evaluation);
      await recordMessageAttempt(this.dataSource.manager, evaluation.id, 'delivered', null);
    } catch (error) {
      const permanent =
        (error instanceof MailFailure && error.permanent) || error instanceof WebhookAddressRefused;
      const final = permanent || job.retryCount >= job.retryLimit;
      await recordMessageAttempt(
        this.dataSource.manager,
        evaluation.id,
        final ? 'failed' : 'pending',
        `${job.data.channel}: ${(error as Error).message}`,
      );
      this.logger.warn(
        { evaluationId: evaluation.id, channel: job.data.channel, final, err: error },
        'alert message failed',
      );
      if (!permanent) throw error;
    }
  }

  private async email(alert: AlertEntity, evaluation: AlertEvaluationEntity): Promise<void> {
    const { subject, text } = alertMessageText(alert, evaluation, this.config.publicUrl);
    const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif">${text
      .split('\n')
      .map((line) => `<p>${line.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`)
      .join('')}</body></html>`;
    await this.mail.send({ to: alert.emailTo, subject, text, html });
  }

  private async webhook(alert: AlertEntity, evaluation: AlertEvaluationEntity): Promise<void> {
    const body = Buffer.from(
      JSON.stringify({
        event: `alert.${evaluation.notification}`,
        alert: { id: alert.id, name: alert.name, metric: alert.metric, operator: alert.operator },
        evaluation: {
          id: evaluation.id,
          evaluatedAt: evaluation.evaluatedAt?.toISOString() ?? null,
          value: evaluation.value,
          threshold: evaluation.threshold,
          state: evaluation.state,
          windowFrom: evaluation.windowFrom,
          windowTo: evaluation.windowTo,
        },
      }),
      'utf8',
    );
    const status = await this.webhooks.post({
      url: alert.webhookUrl as string,
      secret: this.config.reports.webhookSecret ?? alert.webhookSecret ?? '',
      body: () => Readable.from([body]),
      length: body.length,
      headers: {
        'Content-Type': 'application/json',
        'X-Tradeflow-Alert-Id': alert.id,
        'X-Tradeflow-Event': `alert.${evaluation.notification}`,
      },
    });
    if (status < 200 || status >= 300) throw new Error(`the webhook answered HTTP ${status}`);
  }
}
