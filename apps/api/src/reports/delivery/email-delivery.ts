import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CONTENT_TYPES, formatOfFileName } from '../../exports/table-writer';
import type { JobOf } from '../queue/job-queue.service';
import {
  insertDownloadLink,
  markDeliveryDelivered,
  markDeliveryFailed,
  selectPendingDelivery,
} from '../reports-sql';
import type { DeliveryJob } from '../runs/report-runner';
import { MailFailure, MailSender } from './mail-sender';
import { reportEmail } from './report-email';

/** The dashboard address of a run (the Reports page opens the report's runs). */
export function runUrl(publicUrl: string, reportId: string, runId: string): string {
  return `${publicUrl}/reports?report=${encodeURIComponent(reportId)}&run=${encodeURIComponent(runId)}`;
}

/**
 * E-mails a run's file to its report's recipients: attached, or, above
 * REPORT_EMAIL_MAX_ATTACHMENT_BYTES, as a download link that works without signing in until it
 * expires. A 4xx reply or a network error is recorded and thrown (pg-boss retries with backoff);
 * a 5xx reply is permanent: recorded as failed at once.
 */
@Injectable()
export class EmailDelivery {
  private readonly logger = new Logger('EmailDelivery');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly mail: MailSender,
  ) {}

  async execute(job: JobOf<DeliveryJob>): Promise<void> {
    const run = await selectPendingDelivery(this.dataSource.manager, job.data.runId, 'email');
    if (!run || run.emailTo.length === 0) return;
    try {
      const large = run.bytes > this.config.reports.emailMaxAttachmentBytes;
      const download = large ? await this.downloadLink(run.runId) : undefined;
      const message = reportEmail({
        reportName: run.name,
        subject: run.emailSubject,
        params: run.params,
        windowFrom: run.windowFrom,
        windowTo: run.windowTo,
        rowCount: run.rowCount ?? 0,
        runUrl: runUrl(this.config.publicUrl, run.reportId, run.runId),
        fileName: run.fileName,
        download,
        test: run.trigger === 'test',
      });
      await this.mail.send({
        to: run.emailTo,
        ...message,
        attachments: large
          ? []
          : [
              {
                filename: run.fileName,
                content: gunzipSync(run.contentGzip),
                contentType: CONTENT_TYPES[formatOfFileName(run.fileName)],
              },
            ],
      });
      await markDeliveryDelivered(this.dataSource.manager, run.runId, 'email');
    } catch (error) {
      const permanent = error instanceof MailFailure && error.permanent;
      const final = permanent || job.retryCount >= job.retryLimit;
      await markDeliveryFailed(this.dataSource.manager, run.runId, 'email', final, (error as Error).message);
      this.logger.warn(
        { runId: run.runId, attempt: job.retryCount + 1, final, err: error },
        'e-mail delivery failed',
      );
      if (!permanent) throw error;
    }
  }

  /** A new link to the run's file; only the SHA-256 of its token is stored. */
  private async downloadLink(runId: string): Promise<{ url: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock().getTime() + this.config.reports.downloadLinkDays * 86_400_000);
    await insertDownloadLink(this.dataSource.manager, tokenHash(token), runId, expiresAt);
    return { url: `${this.config.publicUrl}/api/report-downloads/${token}`, expiresAt };
  }
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
