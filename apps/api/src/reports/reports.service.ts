import { GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  canonicalTimeZone,
  type CreatedReport,
  type FieldError,
  type Report,
  type ReportInput,
  type DeliveryStatus,
  type ReportDelivery,
  type ReportFormat,
  type ReportKind,
  type ReportParams,
  type ReportRun,
  reportFileName,
  reportWindow,
  validateReportInput,
} from '@tradeflow/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { inTransaction } from '../database/transaction-client';
import { FieldValidationException } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { tokenHash } from './delivery/email-delivery';
import { MailSender } from './delivery/mail-sender';
import { WebhookAddressPolicy } from './delivery/webhook-address-policy';
import { ReportDeliveryEntity } from './report-delivery.entity';
import { ReportFileEntity } from './report-file.entity';
import { ReportRunEntity } from './report-run.entity';
import { ReportEntity } from './report.entity';
import {
  insertTestRun,
  type RunFile,
  selectDownloadLink,
  selectLatestRunFile,
  upsertRunFile,
} from './reports-sql';
import { cronProblem, nextSlots } from './schedule/cron-schedule';
import { ReportScheduler } from './schedule/report-scheduler';
import { GzipCollector } from './runs/gzip-collector';
import { channelsOf, queueDeliveries } from './runs/report-runner';
import { JobQueue, QUEUES } from './queue/job-queue.service';
import { ReportCsvWriter } from './runs/report-csv-writer';

const NO_ROWS = { from: '1000-01-01', to: '1000-01-01' };
const SCHEDULE_FIELDS = ['cron', 'timezone', 'enabled'] as const;

/** Report definitions, their runs and files. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(ReportEntity) private readonly reports: Repository<ReportEntity>,
    @InjectRepository(ReportRunEntity) private readonly runs: Repository<ReportRunEntity>,
    @InjectRepository(ReportFileEntity) private readonly files: Repository<ReportFileEntity>,
    private readonly scheduler: ReportScheduler,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly webhookAddresses: WebhookAddressPolicy,
    @InjectRepository(ReportDeliveryEntity) private readonly deliveries: Repository<ReportDeliveryEntity>,
    private readonly mail: MailSender,
    private readonly jobs: JobQueue,
    private readonly writer: ReportCsvWriter,
  ) {}

  async create(input: ReportInput): Promise<CreatedReport> {
    const refused = [this.webhookProblem(input.webhookUrl), this.emailProblem(input.emailTo)].filter(
      (problem): problem is FieldError => problem !== null,
    );
    if (refused.length) throw new FieldValidationException(refused);
    const secret = this.newSecretFor(input.webhookUrl ?? null, null);
    const entity = this.reports.create({
      name: input.name.trim(),
      kind: input.kind,
      params: input.params as unknown as Record<string, unknown>,
      cron: input.cron.trim(),
      timezone: canonicalTimeZone(input.timezone) as string,
      enabled: input.enabled ?? true,
      webhookUrl: input.webhookUrl ?? null,
      webhookSecret: secret ?? null,
      format: input.format ?? 'csv',
      skipIfEmpty: input.skipIfEmpty ?? false,
      emailTo: input.emailTo ?? [],
      emailSubject: input.emailSubject?.trim() || null,
      scheduleFrom: this.clock(),
    });
    const saved = await this.audit.withAudit(async (manager) => {
      const stored = await manager.save(entity);
      return {
        result: stored,
        audit: {
          action: 'report.create',
          entityType: 'report',
          entityId: stored.id,
          after: this.toReport(stored),
        },
      };
    });
    return { ...this.toReport(saved), ...(secret ? { webhookSecret: secret } : {}) };
  }

  async list(): Promise<Report[]> {
    const all = await this.reports.find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return all.map((report) => this.toReport(report));
  }

  async get(id: string): Promise<Report> {
    return this.toReport(await this.entity(id));
  }

  /** Applies a partial change; a new cron, zone or enabling starts the schedule afresh from now. */
  async update(id: string, patch: Partial<ReportInput>): Promise<CreatedReport> {
    const report = await this.entity(id);
    const merged = { ...this.toInput(report), ...patch };
    const errors: FieldError[] = validateReportInput(merged as unknown as Record<string, unknown>);
    const problem = cronProblem(merged.cron, merged.timezone);
    if (problem) errors.push({ field: 'cron', message: problem });
    // Only a new URL is checked here; a stored one that the server no longer allows fails on delivery.
    const refused =
      patch.webhookUrl === undefined || errors.some((error) => error.field === 'webhookUrl')
        ? null
        : this.webhookProblem(patch.webhookUrl);
    if (refused) errors.push(refused);
    const noMail = patch.emailTo === undefined ? null : this.emailProblem(patch.emailTo);
    if (noMail && !errors.some((error) => error.field === 'emailTo')) errors.push(noMail);
    if (errors.length) throw new FieldValidationException(errors);

    const before = this.toReport(report);
    const rescheduled = SCHEDULE_FIELDS.some(
      (field) => patch[field] !== undefined && patch[field] !== report[field],
    );
    const secret = this.newSecretFor(merged.webhookUrl ?? null, report.webhookSecret);
    Object.assign(report, {
      name: merged.name.trim(),
      kind: merged.kind,
      params: merged.params,
      cron: merged.cron.trim(),
      timezone: canonicalTimeZone(merged.timezone) as string,
      enabled: merged.enabled ?? true,
      webhookUrl: merged.webhookUrl ?? null,
      format: merged.format ?? 'csv',
      skipIfEmpty: merged.skipIfEmpty ?? false,
      emailTo: merged.emailTo ?? [],
      emailSubject: merged.emailSubject?.trim() || null,
      ...(secret ? { webhookSecret: secret } : {}),
      ...(rescheduled ? { scheduleFrom: this.clock() } : {}),
    });
    const saved = await this.audit.withAudit(async (manager) => {
      const stored = await manager.save(report);
      return {
        result: stored,
        audit: {
          action: 'report.update',
          entityType: 'report',
          entityId: id,
          before,
          after: this.toReport(stored),
        },
      };
    });
    return { ...this.toReport(saved), ...(secret ? { webhookSecret: secret } : {}) };
  }

  /** Deletes the report with its runs and files (ON DELETE CASCADE); queued jobs find nothing to do. */
  async remove(id: string): Promise<void> {
    const report = await this.entity(id);
    await this.audit.withAudit(async (manager) => {
      await manager.delete(ReportEntity, { id });
      return {
        result: undefined,
        audit: { action: 'report.delete', entityType: 'report', entityId: id, before: this.toReport(report) },
      };
    });
  }

  async runNow(id: string): Promise<string> {
    await this.entity(id);
    return inTransaction(this.dataSource, async (tx) => {
      const runId = (await this.scheduler.enqueueIn(tx, id, this.clock(), 'manual')) as string;
      await this.audit.record(tx.manager, {
        action: 'report.run',
        entityType: 'report',
        entityId: id,
        after: { runId },
      });
      return runId;
    });
  }

  async listRuns(id: string, limit: number): Promise<ReportRun[]> {
    await this.entity(id);
    const runs = await this.runs.find({
      where: { reportId: id },
      order: { scheduledFor: 'DESC', createdAt: 'DESC' },
      take: limit,
    });
    return this.withDeliveries(runs);
  }

  async getRun(id: string, runId: string): Promise<ReportRun> {
    const run = await this.runs.findOne({ where: { id: runId, reportId: id } });
    if (!run) throw new NotFoundException(`Report ${id} has no run ${runId}`);
    return (await this.withDeliveries([run]))[0] as ReportRun;
  }

  /**
   * Sends the report's last file (or, when it has none, an empty one) to its channels now, as a new
   * run with trigger `test`, so that whoever sets a report up sees it arrive.
   */
  async testDelivery(id: string): Promise<string> {
    const report = await this.entity(id);
    const channels = channelsOf(report);
    if (channels.length === 0) {
      throw new FieldValidationException([
        { field: 'emailTo', message: 'the report has no e-mail recipients and no webhook to test' },
      ]);
    }
    const noMail = this.emailProblem(report.emailTo);
    if (noMail) throw new FieldValidationException([noMail]);
    const file = (await selectLatestRunFile(this.dataSource.manager, id)) ?? (await this.emptyFile(report));
    const runId = await inTransaction(this.dataSource, async (tx) => {
      const newId = await insertTestRun(tx.manager, id, this.clock(), file);
      await upsertRunFile(tx.manager, newId, file);
      await queueDeliveries(this.jobs, tx, newId, channels);
      await this.audit.record(tx.manager, {
        action: 'report.test-delivery',
        entityType: 'report',
        entityId: id,
        after: { runId: newId, channels },
      });
      return newId;
    });
    this.jobs.nudge(QUEUES.delivery);
    return runId;
  }

  /** The file of a download link, while the link has not expired (no session needed). */
  async fileByDownloadToken(token: string): Promise<ReportFileEntity> {
    const link = await selectDownloadLink(this.dataSource.manager, tokenHash(token));
    if (!link) throw new NotFoundException('No such download link');
    if (link.expiresAt.getTime() <= this.clock().getTime()) {
      throw new GoneException(`This download link expired on ${link.expiresAt.toISOString()}`);
    }
    const file = await this.files.findOne({ where: { runId: link.runId } });
    if (!file) throw new NotFoundException('The file of this link has been deleted');
    return file;
  }

  private async emptyFile(report: ReportEntity): Promise<RunFile> {
    const range = reportWindow(
      (report.params as unknown as ReportParams).window ?? 'all',
      this.clock(),
      report.timezone,
    );
    const format = report.format as ReportFormat;
    const collector = new GzipCollector();
    // The report's own writer over a day long before any shipment: its header, no rows.
    await this.writer.write(
      { kind: report.kind, params: report.params as unknown as ReportParams, range: NO_ROWS, format },
      collector,
    );
    return {
      windowFrom: range.from ?? null,
      windowTo: range.to ?? null,
      rowCount: 0,
      bytes: collector.bytes,
      fileName: reportFileName(report.name, range, format),
      contentGzip: collector.compressed,
      sha256: collector.sha256,
    };
  }

  private async withDeliveries(runs: ReportRunEntity[]): Promise<ReportRun[]> {
    if (runs.length === 0) return [];
    const all = await this.deliveries.find({ where: runs.map((run) => ({ runId: run.id })) });
    return runs.map((run) =>
      toRun(
        run,
        all.filter((delivery) => delivery.runId === run.id),
      ),
    );
  }

  private emailProblem(emailTo: string[] | null | undefined): FieldError | null {
    if (!emailTo?.length) return null;
    const problem = this.mail.unavailableProblem();
    return problem ? { field: 'emailTo', message: problem } : null;
  }

  async getFile(id: string, runId: string): Promise<ReportFileEntity> {
    const run = await this.getRun(id, runId);
    const file = await this.files.findOne({ where: { runId } });
    if (!file) {
      throw new NotFoundException(
        `Run ${runId} has no file: it is ${run.status}${run.error ? ` (${run.error})` : ''}`,
      );
    }
    return file;
  }

  private async entity(id: string): Promise<ReportEntity> {
    const report = await this.reports.findOne({ where: { id } });
    if (!report) throw new NotFoundException(`No report with id ${id}`);
    return report;
  }

  /** Why the server refuses this webhook address at save time (scheme, host, private address), or null. */
  private webhookProblem(webhookUrl: string | null | undefined): FieldError | null {
    const message = webhookUrl ? this.webhookAddresses.problemWith(webhookUrl) : null;
    return message ? { field: 'webhookUrl', message } : null;
  }

  /** A fresh per-report secret when a webhook is set, none is stored yet and no global one is configured. */
  private newSecretFor(webhookUrl: string | null, stored: string | null): string | undefined {
    if (!webhookUrl || stored || this.config.reports.webhookSecret) return undefined;
    return randomBytes(32).toString('hex');
  }

  private toInput(report: ReportEntity): ReportInput {
    return {
      name: report.name,
      kind: report.kind as ReportKind,
      params: report.params as unknown as ReportParams,
      cron: report.cron,
      timezone: report.timezone,
      enabled: report.enabled,
      webhookUrl: report.webhookUrl,
      format: report.format as ReportFormat,
      skipIfEmpty: report.skipIfEmpty,
      emailTo: report.emailTo,
      emailSubject: report.emailSubject,
    };
  }

  private toReport(report: ReportEntity): Report {
    return {
      id: report.id,
      ...(this.toInput(report) as Required<ReportInput>),
      webhookUrl: report.webhookUrl,
      nextRuns: report.enabled
        ? nextSlots(report.cron, report.timezone, this.clock(), 3).map((slot) => slot.toISOString())
        : [],
      createdAt: report.createdAt.toISOString(),
      updatedAt: report.updatedAt.toISOString(),
    };
  }
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The run's delivery status over all its channels: failed, else pending, else delivered. */
function overall(deliveries: ReportDelivery[]): DeliveryStatus {
  if (deliveries.length === 0) return 'none';
  for (const status of ['failed', 'pending'] as const) {
    if (deliveries.some((delivery) => delivery.status === status)) return status;
  }
  return 'delivered';
}

function toRun(run: ReportRunEntity, stored: ReportDeliveryEntity[]): ReportRun {
  const deliveries: ReportDelivery[] = stored
    .sort((a, b) => a.channel.localeCompare(b.channel))
    .map((delivery) => ({
      channel: delivery.channel as ReportDelivery['channel'],
      status: delivery.status as ReportDelivery['status'],
      attempts: delivery.attempts,
      lastError: delivery.lastError,
      deliveredAt: iso(delivery.deliveredAt),
    }));
  const delivered = deliveries
    .map((delivery) => delivery.deliveredAt)
    .filter((at): at is string => at !== null);
  return {
    id: run.id,
    reportId: run.reportId,
    trigger: run.trigger as ReportRun['trigger'],
    scheduledFor: run.scheduledFor.toISOString(),
    status: run.status as ReportRun['status'],
    attempts: run.attempts,
    startedAt: iso(run.startedAt),
    finishedAt: iso(run.finishedAt),
    windowFrom: run.windowFrom,
    windowTo: run.windowTo,
    rowCount: run.rowCount,
    bytes: run.bytes === null ? null : Number(run.bytes),
    error: run.error,
    deliveryStatus: overall(deliveries),
    deliveryAttempts: deliveries.reduce((sum, delivery) => sum + delivery.attempts, 0),
    deliveredAt:
      deliveries.length > 0 && delivered.length === deliveries.length
        ? (delivered.sort().at(-1) ?? null)
        : null,
    deliveryError: deliveries.find((delivery) => delivery.lastError)?.lastError ?? null,
    deliveries,
  };
}
