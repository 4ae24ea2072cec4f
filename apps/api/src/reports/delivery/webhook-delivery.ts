import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { JobOf } from '../queue/job-queue.service';
import type { DeliveryJob } from '../runs/report-runner';
import { WebhookAddressPolicy, WebhookAddressRefused } from './webhook-address-policy';
import { gunzipped, SIGNATURE_HEADER, signatureOf } from './webhook-signature';

interface DeliveryRow {
  run_id: string;
  report_id: string;
  scheduled_for: Date;
  bytes: number;
  webhook_url: string | null;
  webhook_secret: string | null;
  file_name: string;
  content_gzip: Buffer;
}

/**
 * POSTs a run's CSV to its report's webhook, signed with HMAC-SHA256 of the body. A non-2xx answer
 * or a network error is recorded and thrown, so pg-boss retries with backoff; after the last
 * attempt the delivery is marked failed. An address the WebhookAddressPolicy refuses fails at once.
 */
@Injectable()
export class WebhookDelivery {
  private readonly logger = new Logger('WebhookDelivery');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly addresses: WebhookAddressPolicy,
  ) {}

  async execute(job: JobOf<DeliveryJob>): Promise<void> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT r.id AS run_id, r.report_id, r.scheduled_for, r.bytes, p.webhook_url, p.webhook_secret, f.file_name, f.content_gzip
       FROM report_runs r JOIN reports p ON p.id = r.report_id JOIN report_files f ON f.run_id = r.id
       WHERE r.id = $1 AND r.delivery_status <> 'delivered'`,
      [job.data.runId],
    );
    const delivery = rows[0];
    if (!delivery?.webhook_url) return;
    const secret = this.config.reports.webhookSecret ?? delivery.webhook_secret ?? '';
    try {
      const status = await this.post(delivery, secret);
      if (status < 200 || status >= 300) throw new Error(`the webhook answered HTTP ${status}`);
      await this.dataSource.query(
        `UPDATE report_runs SET delivery_status = 'delivered', delivered_at = now(), delivery_error = NULL,
           delivery_attempts = delivery_attempts + 1
         WHERE id = $1`,
        [delivery.run_id],
      );
    } catch (error) {
      const refused = error instanceof WebhookAddressRefused;
      const final = refused || job.retryCount >= job.retryLimit;
      await this.dataSource.query(
        `UPDATE report_runs SET delivery_status = $2, delivery_error = $3, delivery_attempts = delivery_attempts + 1
         WHERE id = $1`,
        [delivery.run_id, final ? 'failed' : 'pending', (error as Error).message],
      );
      this.logger.warn(
        { runId: delivery.run_id, attempt: job.retryCount + 1, final, err: error },
        'webhook delivery failed',
      );
      if (!refused) throw error;
    }
  }

  private async post(delivery: DeliveryRow, secret: string): Promise<number> {
    const signature = await signatureOf(gunzipped(delivery.content_gzip), secret);
    const url = new URL(delivery.webhook_url as string);
    const refused = this.addresses.problemWith(url.href);
    if (refused) throw new WebhookAddressRefused(`webhookUrl ${refused}`);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<number>((resolve, reject) => {
      const request = send(url, {
        method: 'POST',
        lookup: this.addresses.lookupFor(url.href),
        timeout: this.config.reports.webhookTimeoutMs,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Length': String(delivery.bytes),
          'Content-Disposition': `attachment; filename="${delivery.file_name}"`,
          [SIGNATURE_HEADER]: signature,
          'X-Tradeflow-Report-Id': delivery.report_id,
          'X-Tradeflow-Run-Id': delivery.run_id,
          'X-Tradeflow-Scheduled-For': delivery.scheduled_for.toISOString(),
          'User-Agent': 'tradeflow-webhook/1',
        },
      });
      request.on('timeout', () =>
        request.destroy(new Error(`no answer within ${this.config.reports.webhookTimeoutMs} ms`)),
      );
      request.on('error', reject);
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      pipeline(gunzipped(delivery.content_gzip), request).catch(reject);
    });
  }
}
