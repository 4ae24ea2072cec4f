import { countryName, type SupplierRiskScore, type SupplierRiskScoreInput } from '@tradeflow/domain';
import type { EntityManager } from 'typeorm';
import type { ReplicaReader } from '../database/replica-reader';

// The SQL of supply-risk scores: every statement on `supplier_risk_scores`, answering domain scores.

interface ScoreRow {
  country: string;
  score: string;
  rationale: string | null;
  updated_at: Date;
}

const SELECT_SCORES = 'SELECT country, score, rationale, updated_at FROM supplier_risk_scores';

function toScore(row: ScoreRow): SupplierRiskScore {
  return {
    country: row.country,
    name: countryName(row.country) ?? row.country,
    score: Number(row.score),
    isDefault: false,
    rationale: row.rationale,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function selectRiskScores(manager: EntityManager): Promise<SupplierRiskScore[]> {
  const rows: ScoreRow[] = await manager.query(`${SELECT_SCORES} ORDER BY country`);
  return rows.map(toScore);
}

/** The stored scores of these countries, locked until the transaction ends. */
export async function selectRiskScoresForUpdate(
  manager: EntityManager,
  countries: readonly string[],
): Promise<SupplierRiskScore[]> {
  const rows: ScoreRow[] = await manager.query(
    `${SELECT_SCORES} WHERE country = ANY($1::text[]) ORDER BY country FOR UPDATE`,
    [countries],
  );
  return rows.map(toScore);
}

/** The stored scores of these countries, read like the analytics (primary or a caught-up replica). */
export async function readRiskScoresOf(
  reader: ReplicaReader,
  countries: readonly string[],
): Promise<SupplierRiskScore[]> {
  const rows = await reader.read<ScoreRow>(`${SELECT_SCORES} WHERE country = ANY($1::text[])`, [countries]);
  return rows.map(toScore);
}

/** Every score in one statement: all or nothing. */
export async function upsertRiskScores(
  manager: EntityManager,
  scores: readonly SupplierRiskScoreInput[],
): Promise<void> {
  await manager.query(
    `INSERT INTO supplier_risk_scores (country, score, rationale)
     SELECT * FROM unnest($1::text[], $2::numeric[], $3::text[])
     ON CONFLICT (country) DO UPDATE SET score = excluded.score, rationale = excluded.rationale, updated_at = now()`,
    [
      scores.map((item) => item.country),
      scores.map((item) => String(item.score)),
      scores.map((item) => item.rationale ?? null),
    ],
  );
}

/** Deletes the stored score of a country; answers it, or undefined when none was stored. */
export async function deleteRiskScore(
  manager: EntityManager,
  country: string,
): Promise<SupplierRiskScore | undefined> {
  const [rows]: [ScoreRow[], number] = await manager.query(
    'DELETE FROM supplier_risk_scores WHERE country = $1 RETURNING *',
    [country],
  );
  return rows[0] ? toScore(rows[0]) : undefined;
}
