import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  canonicalTimeZone,
  type CreatedReport,
  type FieldError,
  type Report,
  type ReportInput,
  type ReportKind,
  type ReportParams,
  type ReportRun,
  validateReportInput,
} from '@tradeflow/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { inTransaction } from '../database/transaction-client';
import { FieldValidationException } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { WebhookAddressPolicy } from './delivery/webhook-address-policy';
import { ReportFileEntity } from './report-file.entity';
import { ReportRunEntity } from './report-run.entity';
import { ReportEntity } from './report.entity';
import { cronProblem, nextSlots } from './schedule/cron-schedule';
import { ReportScheduler } from './schedule/report-scheduler';

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
  ) {}

  async create(input: ReportInput): Promise<CreatedReport> {
    const refused = this.webhookProblem(input.webhookUrl);
    if (refused) throw new FieldValidationException([refused]);
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
      scheduleFrom: this.clock(),
    });
    const saved = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.save(entity);
      await this.audit.record(manager, {
        action: 'report.create',
        entityType: 'report',
        entityId: stored.id,
        after: this.toReport(stored),
      });
      return stored;
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
      ...(secret ? { webhookSecret: secret } : {}),
      ...(rescheduled ? { scheduleFrom: this.clock() } : {}),
    });
    const saved = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.save(report);
      await this.audit.record(manager, {
        action: 'report.update',
        entityType: 'report',
        entityId: id,
        before,
        after: this.toReport(stored),
      });
      return stored;
    });
    return { ...this.toReport(saved), ...(secret ? { webhookSecret: secret } : {}) };
  }

  /** Deletes the report with its runs and files (ON DELETE CASCADE); queued jobs find nothing to do. */
  async remove(id: string): Promise<void> {
    const report = await this.entity(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ReportEntity, { id });
      await this.audit.record(manager, {
        action: 'report.delete',
        entityType: 'report',
        entityId: id,
        before: this.toReport(report),
      });
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
    return runs.map(toRun);
  }

  async getRun(id: string, runId: string): Promise<ReportRun> {
    const run = await this.runs.findOne({ where: { id: runId, reportId: id } });
    if (!run) throw new NotFoundException(`Report ${id} has no run ${runId}`);
    return toRun(run);
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

  /** A fresh per-report secret when a webhook is set, none is stored yet and no global one is configured. */
  private webhookProblem(webhookUrl: string | null | undefined): FieldError | null {
    const message = webhookUrl ? this.webhookAddresses.problemWith(webhookUrl) : null;
    return message ? { field: 'webhookUrl', message } : null;
  }

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

function toRun(run: ReportRunEntity): ReportRun {
  const iso = (date: Date | null) => (date ? date.toISOString() : null);
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
    deliveryStatus: run.deliveryStatus as ReportRun['deliveryStatus'],
    deliveryAttempts: run.deliveryAttempts,
    deliveredAt: iso(run.deliveredAt),
    deliveryError: run.deliveryError,
  };
}
