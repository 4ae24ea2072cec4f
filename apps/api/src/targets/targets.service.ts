import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  bucketDaysInRange,
  DEFAULT_GRANULARITY,
  flowRateIn,
  isShareTarget,
  type ShipmentFilters,
  type Target,
  type TargetFigures,
  type TargetInput,
  targetOutcome,
  type TargetProgress,
  validateTargetInput,
} from '@tradeflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AnalyticsReader,
  assertBucketCount,
  BarrelConversionsReader,
  bucketRange,
  type FlowMeasure,
  type FlowRow,
  setOf,
  totalRow,
} from '../analytics';
import { AuditService } from '../audit/audit.service';
import { FieldValidationException } from '../common/api-error';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import type { TargetProgressQueryDto } from './dto/target-progress.query';
import { deleteTarget, insertTarget, selectTarget, selectTargets, updateTarget } from './targets-sql';

const BY_BUCKET_KEY = setOf('bucket', 'key');
const BY_BUCKET = setOf('bucket');
const BY_KEY = setOf('key');

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reader: AnalyticsReader,
    private readonly conversions: BarrelConversionsReader,
    private readonly settings: AnalyticsSettingsService,
  ) {}

  async list(): Promise<Target[]> {
    return selectTargets(this.dataSource.manager);
  }

  async get(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock: '' | 'FOR UPDATE' = '',
  ): Promise<Target> {
    const target = await selectTarget(manager, id, lock);
    if (!target) throw new NotFoundException(`No target with id ${id}`);
    return target;
  }

  async create(input: TargetInput): Promise<Target> {
    return this.audit.withAudit(async (manager) => {
      const target = await this.insert(manager, input);
      return {
        result: target,
        audit: { action: 'target.create', entityType: 'target', entityId: target.id, after: target },
      };
    });
  }

  /** Inserts without an audit entry (the sample data, which is not anybody's write). */
  async insert(manager: EntityManager, input: TargetInput): Promise<Target> {
    return insertTarget(manager, input);
  }

  async update(id: string, patch: Partial<TargetInput>): Promise<Target> {
    return this.audit.withAudit(async (manager) => {
      const existing = await this.get(id, manager, 'FOR UPDATE');
      const { id: _id, keyLabel: _label, createdAt: _created, updatedAt: _updated, ...current } = existing;
      // The merged target must be valid as a whole (a share turned into a flow rate needs a unit).
      const merged = { ...current, ...patch } as TargetInput;
      const errors = validateTargetInput(merged as unknown as Record<string, unknown>);
      if (errors.length > 0) throw new FieldValidationException(errors);
      const updated = await updateTarget(manager, id, merged);
      return {
        result: updated,
        audit: {
          action: 'target.update',
          entityType: 'target',
          entityId: id,
          before: existing,
          after: updated,
        },
      };
    });
  }

  async remove(id: string): Promise<void> {
    await this.audit.withAudit(async (manager) => {
      const deleted = await deleteTarget(manager, id);
      if (!deleted) throw new NotFoundException(`No target with id ${id}`);
      return {
        result: undefined,
        audit: { action: 'target.delete', entityType: 'target', entityId: id, before: deleted },
      };
    });
  }

  /**
   * Actual against target per period: the key's flow rate over the days of the period inside
   * from/to, or its share of all imports (of the target's commodity) in the period.
   */
  async progress(id: string, query: TargetProgressQueryDto): Promise<TargetProgress> {
    const target = await this.get(id);
    const granularity = query.granularity ?? DEFAULT_GRANULARITY;
    const options = this.settings.bucketOptions(query);
    assertBucketCount(query, granularity, options);
    const share = isShareTarget(target.kind);
    const inBarrels = !share && target.unit !== 't/d';
    const filters: ShipmentFilters = {
      from: query.from,
      to: query.to,
      status: query.status,
      destination: query.destination,
      commodity: target.commodity ? [target.commodity] : undefined,
    };
    const measures: FlowMeasure[] = inBarrels
      ? ['barrels']
      : share && target.basis === 'value'
        ? ['valueUsd']
        : [];
    const [rows, conversions] = await Promise.all([
      this.reader.flows({
        filters,
        granularity,
        fiscalYearStartMonth: options.fiscalYearStartMonth,
        groupBy: target.dimension,
        groupingSets: [['bucket', 'key'], ['bucket'], ['key'], []],
        measures,
      }),
      inBarrels ? this.conversions.of(filters) : null,
    ]);
    const amount = (row: FlowRow | undefined): number => {
      if (!row) return 0;
      if (inBarrels) return Number(row.barrels);
      return share && target.basis === 'value' ? Number(row.valueUsd) : Number(row.tonnes);
    };
    const figures = (
      keyRow: FlowRow | undefined,
      allRow: FlowRow | undefined,
      days: number,
    ): TargetFigures => {
      let actual: number | null;
      if (share) {
        const total = amount(allRow);
        actual = total > 0 ? amount(keyRow) / total : null;
      } else {
        actual = round(flowRateIn(target.unit, amount(keyRow), days), target.unit === 'kb/d' ? 6 : 3);
      }
      const outcome = targetOutcome(target.kind, target.value, actual);
      const gap =
        outcome.gap === null || share ? outcome.gap : round(outcome.gap, target.unit === 'kb/d' ? 6 : 3);
      return { days, actual, target: target.value, met: outcome.met, gap };
    };

    const all = totalRow(rows);
    const range = bucketRange(filters, all, granularity, options);
    const keyRows = new Map(
      rows
        .filter((row) => row.set === BY_BUCKET_KEY && row.key === target.key)
        .map((row) => [row.bucket, row]),
    );
    const bucketRows = new Map(rows.filter((row) => row.set === BY_BUCKET).map((row) => [row.bucket, row]));
    const periods = range.starts.map((period, index) => ({
      period,
      label: range.labels[index] as string,
      ...figures(
        keyRows.get(period),
        bucketRows.get(period),
        bucketDaysInRange(period, granularity, filters, options),
      ),
    }));
    const totalDays = periods.reduce((sum, period) => sum + period.days, 0);
    const keyTotal = rows.find((row) => row.set === BY_KEY && row.key === target.key);
    return {
      target,
      granularity,
      periods,
      total:
        totalDays > 0
          ? figures(keyTotal, all, totalDays)
          : { days: 0, actual: null, target: target.value, met: null, gap: null },
      conversions,
    };
  }
}
