import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportParams } from '@tradeflow/domain';
import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CONTENT_TYPES, formatOfFileName } from '../../exports/table-writer';
import type { JobOf } from '../queue/job-queue.service';
import type { DeliveryJob } from '../runs/report-runner';
import { deliveryLog } from './delivery-log';
import { MailFailure, MailSender } from './mail-sender';
import { reportEmail } from './report-email';

interface EmailRow {
  run_id: string;
  report_id: string;
  trigger: string;
  name: string;
  params: ReportParams;
  email_to: string[];
  email_subject: string | null;
  window_from: string | null;
  window_to: string | null;
  row_count: number;
  bytes: string;
  file_name: string;
  content_gzip: Buffer;
}

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
    const rows: EmailRow[] = await this.dataSource.query(
      `SELECT r.id AS run_id, r.report_id, r.trigger, p.name, p.params, p.email_to, p.email_subject,
              r.window_from, r.window_to, r.row_count, r.bytes, f.file_name, f.content_gzip
       FROM report_runs r JOIN reports p ON p.id = r.report_id JOIN report_files f ON f.run_id = r.id
         JOIN report_deliveries d ON d.run_id = r.id AND d.channel = 'email'
       WHERE r.id = $1 AND d.status <> 'delivered'`,
      [job.data.runId],
    );
    const run = rows[0];
    if (!run || run.email_to.length === 0) return;
    try {
      const large = Number(run.bytes) > this.config.reports.emailMaxAttachmentBytes;
      const download = large ? await this.downloadLink(run.run_id) : undefined;
      const message = reportEmail({
        reportName: run.name,
        subject: run.email_subject,
        params: run.params,
        windowFrom: run.window_from,
        windowTo: run.window_to,
        rowCount: run.row_count ?? 0,
        runUrl: runUrl(this.config.publicUrl, run.report_id, run.run_id),
        fileName: run.file_name,
        download,
        test: run.trigger === 'test',
      });
      await this.mail.send({
        to: run.email_to,
        ...message,
        attachments: large
          ? []
          : [
              {
                filename: run.file_name,
                content: gunzipSync(run.content_gzip),
                contentType: CONTENT_TYPES[formatOfFileName(run.file_name)],
              },
            ],
      });
      await deliveryLog.delivered(this.dataSource, run.run_id, 'email');
    } catch (error) {
      const permanent = error instanceof MailFailure && error.permanent;
      const final = permanent || job.retryCount >= job.retryLimit;
      await deliveryLog.failed(this.dataSource, run.run_id, 'email', final, (error as Error).message);
      this.logger.warn(
        { runId: run.run_id, attempt: job.retryCount + 1, final, err: error },
        'e-mail delivery failed',
      );
      if (!permanent) throw error;
    }
  }

  /** A new link to the run's file; only the SHA-256 of its token is stored. */
  private async downloadLink(runId: string): Promise<{ url: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock().getTime() + this.config.reports.downloadLinkDays * 86_400_000);
    await this.dataSource.query(
      'INSERT INTO report_download_links (token_sha256, run_id, expires_at) VALUES ($1, $2, $3)',
      [tokenHash(token), runId, expiresAt],
    );
    return { url: `${this.config.publicUrl}/api/report-downloads/${token}`, expiresAt };
  }
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
