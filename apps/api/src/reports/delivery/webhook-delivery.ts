import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CONTENT_TYPES, formatOfFileName } from '../../exports/table-writer';
import type { JobOf } from '../queue/job-queue.service';
import type { DeliveryJob } from '../runs/report-runner';
import { deliveryLog } from './delivery-log';
import { WebhookAddressRefused } from './webhook-address-policy';
import { WebhookSender } from './webhook-sender';
import { gunzipped } from './webhook-signature';

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
 * POSTs a run's file to its report's webhook, signed with HMAC-SHA256 of the body. A non-2xx answer
 * or a network error is recorded and thrown, so pg-boss retries with backoff; after the last
 * attempt the delivery is marked failed. An address the WebhookAddressPolicy refuses fails at once.
 */
@Injectable()
export class WebhookDelivery {
  private readonly logger = new Logger('WebhookDelivery');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sender: WebhookSender,
  ) {}

  async execute(job: JobOf<DeliveryJob>): Promise<void> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT r.id AS run_id, r.report_id, r.scheduled_for, r.bytes, p.webhook_url, p.webhook_secret, f.file_name, f.content_gzip
       FROM report_runs r JOIN reports p ON p.id = r.report_id JOIN report_files f ON f.run_id = r.id
         JOIN report_deliveries d ON d.run_id = r.id AND d.channel = 'webhook'
       WHERE r.id = $1 AND d.status <> 'delivered'`,
      [job.data.runId],
    );
    const delivery = rows[0];
    if (!delivery?.webhook_url) return;
    const secret = this.config.reports.webhookSecret ?? delivery.webhook_secret ?? '';
    try {
      const status = await this.sender.post({
        url: delivery.webhook_url,
        secret,
        body: () => gunzipped(delivery.content_gzip),
        length: Number(delivery.bytes),
        headers: {
          'Content-Type': CONTENT_TYPES[formatOfFileName(delivery.file_name)],
          'Content-Disposition': `attachment; filename="${delivery.file_name}"`,
          'X-Tradeflow-Report-Id': delivery.report_id,
          'X-Tradeflow-Run-Id': delivery.run_id,
          'X-Tradeflow-Scheduled-For': delivery.scheduled_for.toISOString(),
        },
      });
      if (status < 200 || status >= 300) throw new Error(`the webhook answered HTTP ${status}`);
      await deliveryLog.delivered(this.dataSource, delivery.run_id, 'webhook');
    } catch (error) {
      const refused = error instanceof WebhookAddressRefused;
      const final = refused || job.retryCount >= job.retryLimit;
      await deliveryLog.failed(this.dataSource, delivery.run_id, 'webhook', final, (error as Error).message);
      this.logger.warn(
        { runId: delivery.run_id, attempt: job.retryCount + 1, final, err: error },
        'webhook delivery failed',
      );
      if (!refused) throw error;
    }
  }
}
