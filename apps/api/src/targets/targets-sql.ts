import {
  type CommodityCode,
  type ConcentrationBasis,
  type GroupBy,
  groupLabel,
  isShareTarget,
  type Target,
  type TargetInput,
  type TargetKind,
  targetUnit,
  type TargetUnit,
} from '@tradeflow/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

// The SQL of targets: every statement on `targets`, answering domain targets.

interface TargetRow {
  id: string;
  name: string;
  kind: TargetKind;
  dimension: GroupBy;
  key: string;
  commodity: CommodityCode | null;
  value: string;
  unit: TargetUnit;
  basis: ConcentrationBasis;
  notes: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = [
  'id',
  'name',
  'kind',
  'dimension',
  'key',
  'commodity',
  'value',
  'unit',
  'basis',
  'notes',
] as const;

function toTarget(row: TargetRow): Target {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    dimension: row.dimension,
    key: row.key,
    keyLabel: groupLabel(row.dimension, row.key),
    commodity: row.commodity,
    value: Number(row.value),
    unit: row.unit,
    basis: row.basis,
    notes: row.notes,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The stored form of a valid input (what the columns hold). */
function toValues(id: string, input: TargetInput): unknown[] {
  return [
    id,
    input.name.trim(),
    input.kind,
    input.dimension,
    input.key,
    input.commodity ?? null,
    input.value,
    targetUnit(input.kind, input.unit),
    isShareTarget(input.kind) ? (input.basis ?? 'volume') : 'volume',
    input.notes ?? null,
  ];
}

const PLACEHOLDERS = COLUMNS.map((_, index) => `$${index + 1}`).join(', ');

export async function selectTargets(manager: EntityManager): Promise<Target[]> {
  const rows: TargetRow[] = await manager.query('SELECT * FROM targets ORDER BY name, id');
  return rows.map(toTarget);
}

/** The target, or null; `FOR UPDATE` locks its row until the transaction ends. */
export async function selectTarget(
  manager: EntityManager,
  id: string,
  lock: '' | 'FOR UPDATE' = '',
): Promise<Target | null> {
  const rows: TargetRow[] = await manager.query(`SELECT * FROM targets WHERE id = $1 ${lock}`, [id]);
  return rows[0] ? toTarget(rows[0]) : null;
}

/** Stores a valid input under a new id. */
export async function insertTarget(manager: EntityManager, input: TargetInput): Promise<Target> {
  const rows: TargetRow[] = await manager.query(
    `INSERT INTO targets (${COLUMNS.join(', ')}) VALUES (${PLACEHOLDERS}) RETURNING *`,
    toValues(randomUUID(), input),
  );
  return toTarget(rows[0] as TargetRow);
}

/** Writes a valid input over the stored target of `id` (which the caller has locked). */
export async function updateTarget(manager: EntityManager, id: string, input: TargetInput): Promise<Target> {
  const assignments = COLUMNS.slice(1)
    .map((column, index) => `${column} = $${index + 2}`)
    .join(', ');
  // For UPDATE, TypeORM's query() answers [rows, affectedCount].
  const [rows]: [TargetRow[], number] = await manager.query(
    `UPDATE targets SET ${assignments}, updated_at = now() WHERE id = $1 RETURNING *`,
    toValues(id, input),
  );
  return toTarget(rows[0] as TargetRow);
}

/** Deletes the target; answers it, or null when there was none. */
export async function deleteTarget(manager: EntityManager, id: string): Promise<Target | null> {
  const [rows]: [TargetRow[], number] = await manager.query('DELETE FROM targets WHERE id = $1 RETURNING *', [
    id,
  ]);
  return rows[0] ? toTarget(rows[0]) : null;
}

export async function countTargets(manager: EntityManager): Promise<number> {
  const [row]: { count: string }[] = await manager.query('SELECT count(*) AS count FROM targets');
  return Number(row?.count ?? 0);
}
