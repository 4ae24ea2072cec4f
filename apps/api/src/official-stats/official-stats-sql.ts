import type { OfficialFlowInput, OfficialStatsStatus } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';
import { cellSourceSql, officialWhere, planSources, SqlParams } from '../analytics';

// The SQL of official statistics: the merge of an import, the status reads and the reconciliation.
// The analytics source rows are in analytics/flow-source.ts beside the cargo sources.

type Cell = string | number | boolean | null;

const COLUMNS: readonly (readonly [name: string, type: string, value: (flow: OfficialFlowInput) => Cell])[] =
  [
    ['importer_country', 'text', (f: OfficialFlowInput) => f.importer],
    ['partner_country', 'text', (f: OfficialFlowInput) => f.partner],
    ['cmd_code', 'text', (f: OfficialFlowInput) => f.cmdCode],
    ['month', 'date', (f: OfficialFlowInput) => f.month],
    ['flow_code', 'text', (f: OfficialFlowInput) => f.flowCode],
    ['commodity', 'text', (f: OfficialFlowInput) => f.commodity],
    ['volume_tonnes', 'numeric', (f: OfficialFlowInput) => String(f.tonnes)],
    ['value_usd', 'numeric', (f: OfficialFlowInput) => String(f.valueUsd)],
    ['cif_value_usd', 'numeric', (f: OfficialFlowInput) => nullableText(f.cifValueUsd)],
    ['fob_value_usd', 'numeric', (f: OfficialFlowInput) => nullableText(f.fobValueUsd)],
    ['weight_source', 'text', (f: OfficialFlowInput) => f.weightSource],
    ['is_net_wgt_estimated', 'boolean', (f: OfficialFlowInput) => f.isNetWgtEstimated],
    ['is_qty_estimated', 'boolean', (f: OfficialFlowInput) => f.isQtyEstimated],
    ['is_reported', 'boolean', (f: OfficialFlowInput) => f.isReported],
    ['is_aggregate', 'boolean', (f: OfficialFlowInput) => f.isAggregate],
    ['legacy_estimation_flag', 'integer', (f: OfficialFlowInput) => f.legacyEstimationFlag],
  ];

const KEY = ['importer_country', 'partner_country', 'cmd_code', 'month', 'flow_code'];
const VALUES = COLUMNS.map(([name]) => name).filter((name) => !KEY.includes(name));

function nullableText(value: number | null): string | null {
  return value === null ? null : String(value);
}

/**
 * Inserts the flows or updates the stored ones of the same key, in one statement over column
 * arrays; answers how many rows were inserted and updated (a stored row equal in every figure is
 * left alone and counted as neither).
 */
export async function upsertFlows(
  manager: EntityManager,
  flows: readonly OfficialFlowInput[],
): Promise<{ inserted: number; updated: number }> {
  const params = COLUMNS.map(([, , value]) => flows.map(value));
  const unnest = COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const names = COLUMNS.map(([name]) => name).join(', ');
  const sql = `
    WITH merged AS (
      INSERT INTO official_trade_flows (${names})
      SELECT * FROM unnest(${unnest}) AS r (${names})
      ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET
        ${VALUES.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}, updated_at = now()
      WHERE (${VALUES.map((name) => `official_trade_flows.${name}`).join(', ')})
        IS DISTINCT FROM (${VALUES.map((name) => `EXCLUDED.${name}`).join(', ')})
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
      FROM merged`;
  const [row] = (await manager.query(sql, params)) as { inserted: number; updated: number }[];
  return { inserted: row?.inserted ?? 0, updated: row?.updated ?? 0 };
}

export async function selectOfficialStatus(manager: EntityManager): Promise<OfficialStatsStatus> {
  const [row] = (await manager.query(`
    SELECT count(*)::int AS flows, min(month)::text AS first_month, max(month)::text AS last_month,
           coalesce(array_agg(DISTINCT importer_country ORDER BY importer_country) FILTER (WHERE importer_country IS NOT NULL), '{}') AS importers
      FROM official_trade_flows`)) as [
    { flows: number; first_month: string | null; last_month: string | null; importers: string[] },
  ];
  return {
    flows: row.flows,
    firstMonth: row.first_month,
    lastMonth: row.last_month,
    importers: row.importers,
  };
}

export async function anyOfficialFlowStored(manager: EntityManager): Promise<boolean> {
  const [{ present }] = (await manager.query(
    'SELECT EXISTS (SELECT 1 FROM official_trade_flows) AS present',
  )) as [{ present: boolean }];
  return present;
}

/** One (month, importer, partner, commodity) of the reconciliation, both sides summed. */
export interface ReconciliationSumRow {
  month: string;
  importer: string;
  partner: string;
  commodity: string;
  cargo_tonnes: string;
  cargo_value_usd: string;
  cargo_shipments: string;
  official_tonnes: string;
  official_value_usd: string;
  official_estimated: boolean;
}

/** The whole months from..to of the commodities official statistics cover, for these importers and partners. */
export interface ReconciliationFilters {
  from: string | undefined;
  to: string | undefined;
  commodity: string[];
  origin?: string[];
  destination?: string[];
}

/**
 * Per month, importer, partner and commodity: the delivered cargoes (valued as every analytics view
 * values them) beside the imported official flows, full-joined so a gap on either side shows.
 */
export function reconciliationSql(filters: ReconciliationFilters): { sql: string; params: unknown[] } {
  const params = new SqlParams();
  const cargoRows = cellSourceSql(
    { ...filters, status: ['delivered'] },
    planSources({ from: filters.from, to: filters.to }, false),
    params,
    { withValue: true },
  );
  const sql = `
    WITH cargo AS (
      SELECT date_trunc('month', f.day)::date AS month, f.destination_country::text AS importer, f.origin_country::text AS partner,
             f.commodity::text AS commodity, sum(f.tonnes) AS cargo_tonnes, sum(f.value_usd) AS cargo_value_usd, sum(f.shipments) AS cargo_shipments
        FROM (${cargoRows}) f
       GROUP BY 1, 2, 3, 4
    ), official AS (
      SELECT o.month, o.importer_country::text AS importer, o.partner_country::text AS partner,
             o.commodity::text AS commodity, sum(o.volume_tonnes) AS official_tonnes, sum(o.value_usd) AS official_value_usd,
             bool_or(coalesce(o.is_net_wgt_estimated, false) OR coalesce(o.is_qty_estimated, false)) AS official_estimated
        FROM official_trade_flows o ${officialWhere(filters, params)}
       GROUP BY 1, 2, 3, 4
    )
    SELECT month::text AS month, importer, partner, commodity,
           coalesce(cargo_tonnes, 0) AS cargo_tonnes, coalesce(cargo_value_usd, 0) AS cargo_value_usd,
           coalesce(cargo_shipments, 0) AS cargo_shipments, coalesce(official_tonnes, 0) AS official_tonnes,
           coalesce(official_value_usd, 0) AS official_value_usd, coalesce(official_estimated, false) AS official_estimated
      FROM cargo FULL JOIN official USING (month, importer, partner, commodity)
     ORDER BY month, importer, partner, commodity`;
  return { sql, params: params.values };
}
