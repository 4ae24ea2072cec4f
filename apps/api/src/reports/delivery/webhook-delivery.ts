import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CONTENT_TYPES, formatOfFileName } from '../../exports/table-writer';
import type { JobOf } from '../queue/job-queue.service';
import { markDeliveryDelivered, markDeliveryFailed, selectPendingDelivery } from '../reports-sql';
import type { DeliveryJob } from '../runs/report-runner';
import { WebhookAddressRefused } from './webhook-address-policy';
import { WebhookSender } from './webhook-sender';
import { gunzipped } from './webhook-signature';

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
    const delivery = await selectPendingDelivery(this.dataSource.manager, job.data.runId, 'webhook');
    if (!delivery?.webhookUrl) return;
    const secret = this.config.reports.webhookSecret ?? delivery.webhookSecret ?? '';
    try {
      const status = await this.sender.post({
        url: delivery.webhookUrl,
        secret,
        body: () => gunzipped(delivery.contentGzip),
        length: delivery.bytes,
        headers: {
          'Content-Type': CONTENT_TYPES[formatOfFileName(delivery.fileName)],
          'Content-Disposition': `attachment; filename="${delivery.fileName}"`,
          'X-Tradeflow-Report-Id': delivery.reportId,
          'X-Tradeflow-Run-Id': delivery.runId,
          'X-Tradeflow-Scheduled-For': delivery.scheduledFor.toISOString(),
        },
      });
      if (status < 200 || status >= 300) throw new Error(`the webhook answered HTTP ${status}`);
      await markDeliveryDelivered(this.dataSource.manager, delivery.runId, 'webhook');
    } catch (error) {
      const refused = error instanceof WebhookAddressRefused;
      const final = refused || job.retryCount >= job.retryLimit;
      await markDeliveryFailed(
        this.dataSource.manager,
        delivery.runId,
        'webhook',
        final,
        (error as Error).message,
      );
      this.logger.warn(
        { runId: delivery.runId, attempt: job.retryCount + 1, final, err: error },
        'webhook delivery failed',
      );
      if (!refused) throw error;
    }
  }
}
