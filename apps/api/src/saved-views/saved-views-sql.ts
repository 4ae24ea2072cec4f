import { type ActorType, normaliseViewQuery, type SavedView, type SavedViewInput } from '@tradeflow/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/request-context';

// The SQL of saved views: every statement on `saved_views`.

/** A stored view with its owner: who may delete it is the service's rule. */
export interface StoredSavedView {
  view: SavedView;
  owner: { type: ActorType; id: string | null; name: string };
}

interface SavedViewRow {
  id: string;
  name: string;
  path: string;
  query: string;
  owner_type: ActorType;
  owner_id: string | null;
  owner_name: string;
  created_at: Date;
}

function toSavedView(row: SavedViewRow): SavedView {
  return {
    id: row.id,
    name: row.name,
    path: row.path,
    query: row.query,
    createdBy: { type: row.owner_type, name: row.owner_name },
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Newest first; views of the same moment by name. */
export async function selectSavedViews(manager: EntityManager): Promise<SavedView[]> {
  const rows: SavedViewRow[] = await manager.query(
    'SELECT * FROM saved_views ORDER BY created_at DESC, name_key',
  );
  return rows.map(toSavedView);
}

/** Stores the view under its trimmed name; null when the name (in any case) is taken. */
export async function insertSavedView(
  manager: EntityManager,
  input: SavedViewInput,
  owner: Actor,
): Promise<SavedView | null> {
  const name = input.name.trim();
  const rows: SavedViewRow[] = await manager.query(
    `INSERT INTO saved_views (id, name, name_key, path, query, owner_type, owner_id, owner_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (name_key) DO NOTHING RETURNING *`,
    [
      randomUUID(),
      name,
      name.toLowerCase(),
      input.path,
      normaliseViewQuery(input.query),
      owner.type,
      owner.id,
      owner.name.slice(0, 128),
    ],
  );
  return rows[0] ? toSavedView(rows[0]) : null;
}

/** The view and its owner, its row locked until the transaction ends; null when there is none. */
export async function lockSavedView(manager: EntityManager, id: string): Promise<StoredSavedView | null> {
  const rows: SavedViewRow[] = await manager.query('SELECT * FROM saved_views WHERE id = $1 FOR UPDATE', [
    id,
  ]);
  const row = rows[0];
  return row
    ? { view: toSavedView(row), owner: { type: row.owner_type, id: row.owner_id, name: row.owner_name } }
    : null;
}

export async function deleteSavedView(manager: EntityManager, id: string): Promise<void> {
  await manager.query('DELETE FROM saved_views WHERE id = $1', [id]);
}

export async function countSavedViews(manager: EntityManager): Promise<number> {
  const [row]: { count: string }[] = await manager.query('SELECT count(*) AS count FROM saved_views');
  return Number(row?.count ?? 0);
}
