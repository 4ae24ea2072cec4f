import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BucketOptions,
  bucketStart,
  COMMODITIES,
  type DomesticProductionList,
  type DomesticProductionUpsertRequest,
  type DomesticProductionUpsertResult,
  type Granularity,
  groupLabel,
  type ImportDependency,
  importDependency,
  nextBucket,
} from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import {
  AnalyticsReader,
  AnalyticsService,
  assertBucketCount,
  bucketRange,
  setOf,
  totalRow,
} from '../analytics';
import { AuditService } from '../audit/audit.service';
import { FieldValidationException } from '../common/api-error';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import type { DomesticProductionQueryDto, ImportDependencyQueryDto } from './dto/import-dependency.dto';
import { readProductionByBucket, selectProduction, upsertProduction } from './import-dependency-sql';

export const IMPORT_DEPENDENCY_FORMULA =
  'import dependency = imports / (imports + domestic production), by commodity and period, in tonnes';

const BY_BUCKET_KEY = setOf('bucket', 'key');

/** Domestic production (user-entered, audited) and the import dependency it gives with the cargo records. */
@Injectable()
export class ImportDependencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reader: AnalyticsReader,
    private readonly analytics: AnalyticsService,
    private readonly settings: AnalyticsSettingsService,
  ) {}

  async upsert({ items }: DomesticProductionUpsertRequest): Promise<DomesticProductionUpsertResult> {
    return this.audit.withAudit(async (manager) => {
      const { replaced, inserted, written } = await upsertProduction(manager, items);
      return {
        result: { inserted, updated: written - inserted },
        audit: {
          action: 'domestic-production.upsert',
          entityType: 'domestic-production',
          entityId: [...new Set(items.map((item) => `${item.destinationCountry}:${item.commodity}`))]
            .sort()
            .join(',')
            .slice(0, 200),
          before: replaced,
          after: items,
        },
      };
    });
  }

  async list(query: DomesticProductionQueryDto): Promise<DomesticProductionList> {
    return { items: await selectProduction(this.dataSource.manager, query) };
  }

  async dependency(query: ImportDependencyQueryDto): Promise<ImportDependency> {
    const { granularity, options } = this.analytics.bucketing(query);
    if (granularity === 'day' || granularity === 'week') {
      throw new FieldValidationException([
        {
          field: 'granularity',
          message: 'production figures are monthly: use month, quarter, year or fiscal_year',
        },
      ]);
    }
    const destination = query.destination?.[0] ?? this.settings.homeCountry;
    if ((query.destination?.length ?? 0) > 1) {
      throw new FieldValidationException([
        { field: 'destination', message: 'import dependency is per importer: give one destination country' },
      ]);
    }
    const filters = { ...query, destination: [destination] };
    assertBucketCount(filters, granularity, options);
    const [rows, production] = await Promise.all([
      this.reader.flows({
        filters,
        granularity,
        fiscalYearStartMonth: options.fiscalYearStartMonth,
        groupBy: 'commodity',
        groupingSets: [['bucket', 'key'], []],
        measures: [],
      }),
      readProductionByBucket(this.reader, filters, granularity, options.fiscalYearStartMonth),
    ]);
    const range = bucketRange(filters, totalRow(rows), granularity, options);
    const imports = new Map(
      rows
        .filter((row) => row.set === BY_BUCKET_KEY)
        .map((row) => [`${row.bucket}|${row.key}`, Number(row.tonnes)]),
    );
    const productionOf = new Map(production.map((row) => [`${row.bucket}|${row.commodity}`, row]));
    const commodities = COMMODITIES.map((c) => c.code).filter(
      (code) =>
        (!query.commodity?.length || query.commodity.includes(code)) &&
        range.starts.some((start) => imports.has(`${start}|${code}`) || productionOf.has(`${start}|${code}`)),
    );
    const series = commodities.map((commodity) => {
      const points = range.starts.map((period, index) => {
        const importsTonnes = imports.get(`${period}|${commodity}`) ?? 0;
        const row = productionOf.get(`${period}|${commodity}`);
        const months = monthsInRange(period, granularity, options, filters.from, filters.to);
        const productionTonnes = row ? Number(row.production) : null;
        return {
          period,
          label: range.labels[index] as string,
          importsTonnes,
          productionTonnes,
          consumptionTonnes: row?.consumption === null || row === undefined ? null : Number(row.consumption),
          monthsWithProduction: row?.months ?? 0,
          months,
          dependency: row && row.months === months ? importDependency(importsTonnes, productionTonnes) : null,
        };
      });
      return {
        commodity,
        label: groupLabel('commodity', commodity),
        hasProductionData: points.some((point) => point.monthsWithProduction > 0),
        points,
      };
    });
    const lacking = series.filter((item) => !item.hasProductionData).map((item) => item.label);
    return {
      granularity,
      formula: IMPORT_DEPENDENCY_FORMULA,
      destinations: [destination],
      note: lacking.length
        ? `No domestic production recorded for ${lacking.join(', ')} in ${destination} over this range: no import dependency can be given for ${lacking.length === 1 ? 'it' : 'them'} (PUT /api/domestic-production).`
        : null,
      series,
    };
  }
}

/** Months of a bucket that lie within from/to (a month counts when it overlaps the range). */
function monthsInRange(
  start: string,
  granularity: Granularity,
  options: BucketOptions,
  from: string | undefined,
  to: string | undefined,
): number {
  const end = nextBucket(start, granularity, options);
  const first = from ? bucketStart(from, 'month') : undefined;
  let months = 0;
  for (let month = start; month < end; month = nextBucket(month, 'month')) {
    if ((first === undefined || month >= first) && (to === undefined || month <= to)) months++;
  }
  return months;
}
