import type { CommodityCode, DomesticProductionItem, Granularity } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';
import { type AnalyticsReader, bucketSql, SqlParams } from '../analytics';

// The SQL of domestic production: every statement on `domestic_production`, answering domain items.

interface ProductionRow {
  destination_country: string;
  commodity: string;
  month: string;
  production_tonnes: string;
  consumption_tonnes: string | null;
}

/** Production of one bucket and commodity; consumption only when every month has it. */
export interface ProductionBucketRow {
  bucket: string;
  commodity: string;
  production: string;
  consumption: string | null;
  months: number;
}

function toItem(row: ProductionRow): DomesticProductionItem {
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

export async function selectProduction(
  manager: EntityManager,
  filter: { destination?: readonly string[]; commodity?: readonly string[] },
): Promise<DomesticProductionItem[]> {
  const params = new SqlParams();
  const conditions = [
    filter.destination?.length
      ? `destination_country = ANY(${params.bind(filter.destination)}::text[])`
      : null,
    filter.commodity?.length ? `commodity = ANY(${params.bind(filter.commodity)}::text[])` : null,
  ].filter((condition): condition is string => condition !== null);
  const rows: ProductionRow[] = await manager.query(
    `${SELECT_PRODUCTION} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY 1, 2, 3`,
    params.values,
  );
  return rows.map(toItem);
}

/**
 * Upserts the items in one statement, after locking (and answering) the stored rows they replace;
 * answers how many were new.
 */
export async function upsertProduction(
  manager: EntityManager,
  items: readonly DomesticProductionItem[],
): Promise<{ replaced: DomesticProductionItem[]; inserted: number; written: number }> {
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
  return {
    replaced: replaced.map(toItem),
    inserted: rows.filter((row) => row.inserted).length,
    written: rows.length,
  };
}

/** Production per bucket and commodity of one importer, read like the analytics (replica-aware). */
export function readProductionByBucket(
  reader: AnalyticsReader,
  filter: { destination: readonly string[]; commodity?: readonly string[]; from?: string; to?: string },
  granularity: Granularity,
  fiscalYearStartMonth?: number,
): Promise<ProductionBucketRow[]> {
  const params = new SqlParams();
  const bucket = bucketSql(granularity, params, 'p.month', fiscalYearStartMonth);
  const conditions = [
    `p.destination_country = ANY(${params.bind(filter.destination)}::text[])`,
    filter.commodity?.length ? `p.commodity = ANY(${params.bind(filter.commodity)}::text[])` : null,
    filter.from ? `p.month >= date_trunc('month', ${params.bind(filter.from)}::date)::date` : null,
    filter.to ? `p.month <= ${params.bind(filter.to)}::date` : null,
  ].filter((condition): condition is string => condition !== null);
  return reader.read<ProductionBucketRow>(
    `SELECT ${bucket}::text AS bucket, p.commodity, sum(p.production_tonnes) AS production,
            CASE WHEN count(p.consumption_tonnes) = count(*) THEN sum(p.consumption_tonnes) END AS consumption,
            count(*)::int AS months
       FROM domestic_production p WHERE ${conditions.join(' AND ')} GROUP BY 1, 2`,
    params.values,
  );
}
