import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type Alert,
  type AlertEvaluation,
  type AlertInput,
  type AlertPreview,
  alertTransition,
  canonicalTimeZone,
  type CreatedAlert,
  type FieldError,
  isBreached,
  type ReportWindow,
  validateAlertInput,
} from '@tradeflow/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { FieldValidationException } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction-client';
import { MailSender } from '../reports/delivery/mail-sender';
import { WebhookAddressPolicy } from '../reports/delivery/webhook-address-policy';
import { cronProblem, nextSlots } from '../reports/schedule/cron-schedule';
import { AlertEntity } from './alert.entity';
import { AlertEvaluationEntity } from './alert-evaluation.entity';
import { AlertEvaluator } from './alert-evaluator';
import { AlertScheduler } from './alert-scheduler';
import { type AlertDefinition, AlertValues } from './alert-values';
import { selectEvaluatedIds } from './alerts-sql';

const SCHEDULE_FIELDS = ['cron', 'timezone', 'enabled'] as const;
const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Alert definitions and their evaluations: the rules; the SQL is in alerts-sql.ts. */
@Injectable()
export class AlertsService {
  constructor(
    @InjectRepository(AlertEntity) private readonly alerts: Repository<AlertEntity>,
    @InjectRepository(AlertEvaluationEntity) private readonly evaluations: Repository<AlertEvaluationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly scheduler: AlertScheduler,
    private readonly evaluator: AlertEvaluator,
    private readonly values: AlertValues,
    private readonly mail: MailSender,
    private readonly webhookAddresses: WebhookAddressPolicy,
  ) {}

  /** Problems of a complete definition: the domain rules, the cron, and what this server can send. */
  problems(input: Record<string, unknown>, checkChannels = true): FieldError[] {
    const errors = validateAlertInput(input);
    if (
      typeof input['cron'] === 'string' &&
      !errors.some((e) => e.field === 'cron' || e.field === 'timezone')
    ) {
      const problem = cronProblem(
        input['cron'],
        typeof input['timezone'] === 'string' ? input['timezone'] : 'UTC',
      );
      if (problem) errors.push({ field: 'cron', message: problem });
    }
    if (!checkChannels) return errors;
    const emailTo = input['emailTo'];
    if (Array.isArray(emailTo) && emailTo.length && !errors.some((e) => e.field === 'emailTo')) {
      const problem = this.mail.unavailableProblem();
      if (problem) errors.push({ field: 'emailTo', message: problem });
    }
    const webhookUrl = input['webhookUrl'];
    if (typeof webhookUrl === 'string' && !errors.some((e) => e.field === 'webhookUrl')) {
      const problem = this.webhookAddresses.problemWith(webhookUrl);
      if (problem) errors.push({ field: 'webhookUrl', message: problem });
    }
    return errors;
  }

  async create(input: AlertInput): Promise<CreatedAlert> {
    const errors = this.problems(input as unknown as Record<string, unknown>);
    if (errors.length) throw new FieldValidationException(errors);
    const secret = this.newSecretFor(input.webhookUrl ?? null, null);
    const entity = this.alerts.create({
      ...this.columnsOf(input),
      webhookSecret: secret ?? null,
      scheduleFrom: this.clock(),
    });
    const saved = await this.audit.withAudit(async (manager) => {
      const stored = await manager.save(entity);
      return {
        result: stored,
        audit: {
          action: 'alert.create',
          entityType: 'alert',
          entityId: stored.id,
          after: this.toAlert(stored),
        },
      };
    });
    return { ...this.toAlert(saved), ...(secret ? { webhookSecret: secret } : {}) };
  }

  async list(): Promise<Alert[]> {
    const all = await this.alerts.find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return all.map((alert) => this.toAlert(alert));
  }

  async get(id: string): Promise<Alert> {
    return this.toAlert(await this.entity(id));
  }

  async update(id: string, patch: Partial<AlertInput>): Promise<CreatedAlert> {
    const alert = await this.entity(id);
    const merged = { ...this.inputOf(alert), ...patch };
    const errors = this.problems(merged as unknown as Record<string, unknown>);
    if (errors.length) throw new FieldValidationException(errors);
    const before = this.toAlert(alert);
    const rescheduled = SCHEDULE_FIELDS.some(
      (field) => patch[field] !== undefined && patch[field] !== alert[field],
    );
    const secret = this.newSecretFor(merged.webhookUrl ?? null, alert.webhookSecret);
    Object.assign(alert, this.columnsOf(merged), {
      ...(secret ? { webhookSecret: secret } : {}),
      ...(rescheduled ? { scheduleFrom: this.clock() } : {}),
    });
    const saved = await this.audit.withAudit(async (manager) => {
      const stored = await manager.save(alert);
      return {
        result: stored,
        audit: {
          action: 'alert.update',
          entityType: 'alert',
          entityId: id,
          before,
          after: this.toAlert(stored),
        },
      };
    });
    return { ...this.toAlert(saved), ...(secret ? { webhookSecret: secret } : {}) };
  }

  async remove(id: string): Promise<void> {
    const alert = await this.entity(id);
    await this.audit.withAudit(async (manager) => {
      await manager.delete(AlertEntity, { id });
      return {
        result: undefined,
        audit: { action: 'alert.delete', entityType: 'alert', entityId: id, before: this.toAlert(alert) },
      };
    });
  }

  /** Evaluates the alert now, outside its schedule; answers the evaluation. */
  async evaluateNow(id: string): Promise<AlertEvaluation> {
    await this.entity(id);
    const evaluationId = (await inTransaction(this.dataSource, (tx) =>
      this.scheduler.enqueueIn(tx, id, this.clock(), 'manual'),
    )) as string;
    try {
      await this.evaluator.evaluate(evaluationId);
    } catch (error) {
      await this.evaluations.delete({ id: evaluationId });
      throw error;
    }
    return toEvaluation(
      (await this.evaluations.findOneByOrFail({ id: evaluationId })) as AlertEvaluationEntity,
    );
  }

  async listEvaluations(id: string, limit: number): Promise<AlertEvaluation[]> {
    await this.entity(id);
    const ids = await selectEvaluatedIds(this.dataSource.manager, id, limit);
    if (ids.length === 0) return [];
    const found = await this.evaluations.find({ where: ids.map((evaluationId) => ({ id: evaluationId })) });
    return found
      .sort(
        (a, b) =>
          (b.evaluatedAt as Date).getTime() - (a.evaluatedAt as Date).getTime() ||
          b.createdAt.getTime() - a.createdAt.getTime(),
      )
      .map(toEvaluation);
  }

  /** The value an unsaved definition would see now (the form's preview); nothing is stored or sent. */
  async preview(input: AlertInput): Promise<AlertPreview> {
    const errors = this.problems(input as unknown as Record<string, unknown>, false);
    if (errors.length) throw new FieldValidationException(errors);
    const measured = await this.values.measure(this.definitionOf(input), this.clock());
    const breached =
      measured.breachedWithoutValue || isBreached(measured.operator, measured.value, measured.threshold);
    const { state } = alertTransition({
      previous: 'ok',
      breached,
      lastNotifiedAt: null,
      now: this.clock(),
      remindEveryMs: undefined,
    });
    return {
      value: measured.value,
      threshold: measured.threshold,
      state,
      windowFrom: measured.windowFrom,
      windowTo: measured.windowTo,
    };
  }

  private async entity(id: string): Promise<AlertEntity> {
    const alert = await this.alerts.findOneBy({ id });
    if (!alert) throw new NotFoundException(`No alert with id ${id}`);
    return alert;
  }

  private definitionOf(input: AlertInput): AlertDefinition {
    return {
      metric: input.metric,
      params: input.params,
      operator: input.operator ?? 'above',
      threshold: input.threshold ?? null,
      window: (input.window ?? 'all') as ReportWindow,
      timezone: canonicalTimeZone(input.timezone) as string,
    };
  }

  private columnsOf(input: AlertInput): Partial<AlertEntity> {
    return {
      name: input.name.trim(),
      ...this.definitionOf(input),
      params: input.params as unknown as Record<string, unknown>,
      cron: input.cron.trim(),
      enabled: input.enabled ?? true,
      emailTo: input.emailTo ?? [],
      webhookUrl: input.webhookUrl ?? null,
      remindEvery: input.remindEvery?.trim().toUpperCase() || null,
    };
  }

  private inputOf(alert: AlertEntity): AlertInput {
    return {
      name: alert.name,
      metric: alert.metric as AlertInput['metric'],
      params: alert.params as AlertInput['params'],
      operator: alert.operator as AlertInput['operator'],
      ...(alert.threshold === null ? {} : { threshold: alert.threshold }),
      window: alert.window as ReportWindow,
      cron: alert.cron,
      timezone: alert.timezone,
      enabled: alert.enabled,
      emailTo: alert.emailTo,
      webhookUrl: alert.webhookUrl,
      remindEvery: alert.remindEvery,
    };
  }

  private newSecretFor(webhookUrl: string | null, stored: string | null): string | undefined {
    if (!webhookUrl || stored || this.config.reports.webhookSecret) return undefined;
    return randomBytes(32).toString('hex');
  }

  private toAlert(alert: AlertEntity): Alert {
    return {
      id: alert.id,
      name: alert.name,
      metric: alert.metric as Alert['metric'],
      params: alert.params as Alert['params'],
      operator: alert.operator as Alert['operator'],
      threshold: alert.threshold,
      window: alert.window as ReportWindow,
      cron: alert.cron,
      timezone: alert.timezone,
      enabled: alert.enabled,
      emailTo: alert.emailTo,
      webhookUrl: alert.webhookUrl,
      remindEvery: alert.remindEvery,
      state: alert.state as Alert['state'],
      lastValue: alert.lastValue,
      lastEvaluatedAt: iso(alert.lastEvaluatedAt),
      nextRuns: alert.enabled
        ? nextSlots(alert.cron, alert.timezone, this.clock(), 3).map((slot) => slot.toISOString())
        : [],
      createdAt: alert.createdAt.toISOString(),
      updatedAt: alert.updatedAt.toISOString(),
    };
  }
}

function toEvaluation(evaluation: AlertEvaluationEntity): AlertEvaluation {
  return {
    id: evaluation.id,
    alertId: evaluation.alertId,
    trigger: evaluation.trigger as AlertEvaluation['trigger'],
    scheduledFor: evaluation.scheduledFor.toISOString(),
    evaluatedAt: (evaluation.evaluatedAt as Date).toISOString(),
    value: evaluation.value,
    threshold: evaluation.threshold,
    state: evaluation.state as AlertEvaluation['state'],
    notification: evaluation.notification as AlertEvaluation['notification'],
    windowFrom: evaluation.windowFrom,
    windowTo: evaluation.windowTo,
  };
}
