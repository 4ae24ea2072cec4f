import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BucketOptions,
  bucketStart,
  COMMODITIES,
  type CommodityCode,
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
  bucketSql,
  setOf,
  SqlParams,
  totalRow,
} from '../analytics';
import { AuditService } from '../audit/audit.service';
import { FieldValidationException } from '../common/api-error';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import type { DomesticProductionQueryDto, ImportDependencyQueryDto } from './dto/import-dependency.dto';

export const IMPORT_DEPENDENCY_FORMULA =
  'import dependency = imports / (imports + domestic production), by commodity and period, in tonnes';

const BY_BUCKET_KEY = setOf('bucket', 'key');

interface ProductionRow {
  destination_country: string;
  commodity: string;
  month: string;
  production_tonnes: string;
  consumption_tonnes: string | null;
}

interface ProductionBucketRow {
  bucket: string;
  commodity: string;
  production: string;
  consumption: string | null;
  months: number;
}

function toItem(row: ProductionRow) {
  return {
    destinationCountry: row.destination_country,
    commodity: row.commodity as CommodityCode,
    month: row.month.slice(0, 7),
    productionTonnes: Number(row.production_tonnes),
    consumptionTonnes: row.consumption_tonnes === null ? null : Number(row.consumption_tonnes),
  };
}

const SELECT_PRODUCTION = `SELECT destination_country, commodity, month::text AS month, production_tonnes, consumption_tonnes
  FROM domestic_production`;

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
    const columns = [
      items.map((item) => item.destinationCountry),
      items.map((item) => item.commodity),
      items.map((item) => `${item.month}-01`),
      items.map((item) => String(item.productionTonnes)),
      items.map((item) =>
        item.consumptionTonnes === undefined || item.consumptionTonnes === null
          ? null
          : String(item.consumptionTonnes),
      ),
    ];
    return this.audit.withAudit(async (manager) => {
      const replaced: ProductionRow[] = await manager.query(
        `${SELECT_PRODUCTION} p JOIN unnest($1::text[], $2::text[], $3::date[]) AS sent (destination_country, commodity, month)
           USING (destination_country, commodity, month) ORDER BY 1, 2, 3 FOR UPDATE OF p`,
        columns.slice(0, 3),
      );
      const rows: { inserted: boolean }[] = await manager.query(
        `INSERT INTO domestic_production (destination_country, commodity, month, production_tonnes, consumption_tonnes)
         SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::numeric[], $5::numeric[])
         ON CONFLICT (destination_country, commodity, month) DO UPDATE SET production_tonnes = excluded.production_tonnes,
           consumption_tonnes = excluded.consumption_tonnes, updated_at = now()
         RETURNING (xmax = 0) AS inserted`,
        columns,
      );
      const inserted = rows.filter((row) => row.inserted).length;
      return {
        result: { inserted, updated: rows.length - inserted },
        audit: {
          action: 'domestic-production.upsert',
          entityType: 'domestic-production',
          entityId: [...new Set(items.map((item) => `${item.destinationCountry}:${item.commodity}`))]
            .sort()
            .join(',')
            .slice(0, 200),
          before: replaced.map(toItem),
          after: items,
        },
      };
    });
  }

  async list(query: DomesticProductionQueryDto): Promise<DomesticProductionList> {
    const params = new SqlParams();
    const conditions = [
      query.destination?.length
        ? `destination_country = ANY(${params.bind(query.destination)}::text[])`
        : null,
      query.commodity?.length ? `commodity = ANY(${params.bind(query.commodity)}::text[])` : null,
    ].filter((condition): condition is string => condition !== null);
    const rows: ProductionRow[] = await this.dataSource.query(
      `${SELECT_PRODUCTION} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY 1, 2, 3`,
      params.values,
    );
    return { items: rows.map(toItem) };
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
      this.productionByBucket(filters, granularity, options),
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

  private async productionByBucket(
    filters: ImportDependencyQueryDto & { destination: string[] },
    granularity: Granularity,
    options: BucketOptions,
  ): Promise<ProductionBucketRow[]> {
    const params = new SqlParams();
    const bucket = bucketSql(granularity, params, 'p.month', options.fiscalYearStartMonth);
    const conditions = [
      `p.destination_country = ANY(${params.bind(filters.destination)}::text[])`,
      filters.commodity?.length ? `p.commodity = ANY(${params.bind(filters.commodity)}::text[])` : null,
      filters.from ? `p.month >= date_trunc('month', ${params.bind(filters.from)}::date)::date` : null,
      filters.to ? `p.month <= ${params.bind(filters.to)}::date` : null,
    ].filter((condition): condition is string => condition !== null);
    return this.reader.read<ProductionBucketRow>(
      `SELECT ${bucket}::text AS bucket, p.commodity, sum(p.production_tonnes) AS production,
              CASE WHEN count(p.consumption_tonnes) = count(*) THEN sum(p.consumption_tonnes) END AS consumption,
              count(*)::int AS months
         FROM domestic_production p WHERE ${conditions.join(' AND ')} GROUP BY 1, 2`,
      params.values,
    );
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
