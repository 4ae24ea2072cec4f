import type { OfficialFlowInput, OfficialStatsStatus } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';

// The SQL of official statistics: the merge of an import and the status reads. The analytics source
// rows are in analytics/flow-source.ts beside the cargo sources; the reconciliation in its reader.

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
