import {
  COMMODITIES,
  type ImportConflictPolicy,
  SHIPMENT_CSV_COLUMNS,
  type ShipmentCsvColumn,
} from '@tradeflow/domain';
import { apiGravityFactorSql } from '../shipments/api-gravity-sql';
import { STAGING_COPY_COLUMNS } from './csv/shipment-copy-encoder';

// Set-wise SQL of the import: COPY into a temporary staging table, then duplicates, conflicts and
// the merge into shipments as a few statements over the whole file (COPY has no ON
// CONFLICT, so stage first, then INSERT ... SELECT ... ON CONFLICT, in one transaction).

/** The staging type of each staged column: the file's text, checked and typed where PostgreSQL does it. */
const STAGING_TYPES: Record<(typeof STAGING_COPY_COLUMNS)[number], string> = {
  line: 'integer NOT NULL',
  reference: 'text NOT NULL',
  commodity: 'text NOT NULL',
  origin_country: 'text NOT NULL',
  load_port: 'text',
  discharge_port: 'text',
  transport_mode: 'text NOT NULL',
  transit_countries: 'text NOT NULL',
  volume_tonnes: 'numeric NOT NULL',
  value_amount: 'numeric',
  payment_currency: 'text',
  contract_date: 'date',
  departure_date: 'date',
  arrival_date: 'date NOT NULL',
  vessel_name: 'text',
  vessel_imo: 'text',
  importer: 'text',
  status: 'text NOT NULL',
  notes: 'text',
  destination_country: 'text NOT NULL',
  price_basis: 'text NOT NULL',
  chokepoints: 'text',
  chokepoints_passed: 'text NOT NULL',
};

export const CREATE_STAGING = `
  CREATE TEMP TABLE import_rows (
    ${STAGING_COPY_COLUMNS.map((column) => `${column} ${STAGING_TYPES[column]},`).join('\n    ')}
    id uuid GENERATED ALWAYS AS (md5(reference)::uuid) STORED
  ) ON COMMIT DROP`;

export const COPY_STAGING = `COPY import_rows (${STAGING_COPY_COLUMNS.join(', ')}) FROM STDIN`;

export const ANALYZE_STAGING = 'ANALYZE import_rows';

/** pg_advisory_xact_lock key of the merge step of imports (the migrations' lock key + 1). */
const IMPORT_MERGE_LOCK_KEY = 7_130_420_232;

/** Holds the imports' merge lock until the transaction ends. */
export const LOCK_MERGE = `SELECT pg_advisory_xact_lock(${IMPORT_MERGE_LOCK_KEY})`;

/** References present on more than one line, with those lines (first `limit` lines, and the total). */
export const FIND_DUPLICATES = `
  WITH duplicated AS (
    SELECT reference FROM import_rows GROUP BY reference HAVING count(*) > 1
  )
  SELECT r.line, r.reference, count(*) OVER ()::int AS total
  FROM import_rows r JOIN duplicated USING (reference)
  ORDER BY r.line
  LIMIT $1`;

export const DELETE_DUPLICATES = `
  DELETE FROM import_rows WHERE reference IN (
    SELECT reference FROM import_rows GROUP BY reference HAVING count(*) > 1
  )`;

// Every stored column that comes from the file; a stored shipment equal on all of them is the same
// shipment (a retried import), not a conflict.
const VALUE_COLUMNS = SHIPMENT_CSV_COLUMNS.filter(
  (column): column is Exclude<ShipmentCsvColumn, 'reference'> => column !== 'reference',
);

const ARRAY_COLUMNS: ReadonlySet<string> = new Set(['transit_countries', 'chokepoints']);

// Array columns are staged as text joined by '|' ('' for an empty array).
const staged = (column: (typeof VALUE_COLUMNS)[number]) =>
  ARRAY_COLUMNS.has(column) ? `string_to_array(r.${column}, '|')::varchar[]` : `r.${column}`;

const differs = (left: (column: string) => string, right: (column: string) => string) =>
  `(${VALUE_COLUMNS.map(left).join(', ')}) IS DISTINCT FROM (${VALUE_COLUMNS.map(right).join(', ')})`;

/** Staged lines whose reference is stored already with other values (first `limit`, and the total). */
export const FIND_CONFLICTS = `
  SELECT r.line, r.reference, count(*) OVER ()::int AS total
  FROM import_rows r JOIN shipments s ON s.id = r.id
  WHERE ${differs(
    (column) => `s.${column}`,
    (column) => staged(column as (typeof VALUE_COLUMNS)[number]),
  )}
  ORDER BY r.line
  LIMIT $1`;

export const DELETE_CONFLICTS = `
  DELETE FROM import_rows r USING shipments s
  WHERE s.id = r.id AND ${differs(
    (column) => `s.${column}`,
    (column) => staged(column as (typeof VALUE_COLUMNS)[number]),
  )}`;

/*
 * The CSV does not carry the JSON-only fields (apiGravity, stsTransferPoint, legs): an update from
 * a file keeps them while they still fit the new values. A crude cargo keeps its API gravity and its
 * barrels use it; another commodity drops it. Legs stay while the last one ends in the mode.
 */
const KEEP_JSON_ONLY_FIELDS = `
  volume_barrels = CASE WHEN EXCLUDED.commodity = 'crude_oil' AND shipments.api_gravity IS NOT NULL
    THEN round(EXCLUDED.volume_tonnes * ${apiGravityFactorSql('shipments.api_gravity')}, 3)
    ELSE EXCLUDED.volume_barrels END,
  api_gravity = CASE WHEN EXCLUDED.commodity = 'crude_oil' THEN shipments.api_gravity END,
  legs = CASE WHEN shipments.legs -> -1 ->> 'mode' = EXCLUDED.transport_mode THEN shipments.legs END`;

/**
 * INSERT ... SELECT ... ON CONFLICT over the staging table; answers how many rows were inserted and
 * updated (xmax = 0 marks a freshly inserted row). Barrels are computed in numeric with each
 * commodity's factor from @tradeflow/domain, passed as parameters.
 */
export function mergeStatement(onConflict: ImportConflictPolicy): { sql: string; params: unknown[] } {
  const factors = COMMODITIES.map((_, i) => `($${2 * i + 1}::text, $${2 * i + 2}::numeric)`).join(', ');
  const params = COMMODITIES.flatMap((commodity) => [commodity.code, String(commodity.barrelsPerTonne)]);
  const onConflictSql =
    onConflict === 'update'
      ? `DO UPDATE SET ${VALUE_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, ${KEEP_JSON_ONLY_FIELDS},
           chokepoints_passed = EXCLUDED.chokepoints_passed,
           updated_at = now()
         WHERE ${differs(
           (column) => `shipments.${column}`,
           (column) => `EXCLUDED.${column}`,
         )}`
      : 'DO NOTHING';
  const sql = `
    WITH merged AS (
      INSERT INTO shipments (id, reference, ${VALUE_COLUMNS.join(', ')}, volume_barrels, chokepoints_passed)
      SELECT r.id, r.reference, ${VALUE_COLUMNS.map(staged).join(', ')}, round(r.volume_tonnes * f.factor, 3),
             string_to_array(r.chokepoints_passed, '|')::varchar[]
      FROM import_rows r JOIN (VALUES ${factors}) AS f (commodity, factor) ON f.commodity = r.commodity
      ON CONFLICT (id) ${onConflictSql}
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM merged`;
  return { sql, params };
}
