import type { Role, UserSummary } from '@tradeflow/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

// The SQL of users: every statement on `users` (and the sessions a new password ends).

export interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: Role;
  created_at: Date;
  updated_at: Date;
}

export function toUserSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function selectUsers(manager: EntityManager): Promise<UserRow[]> {
  return manager.query('SELECT * FROM users ORDER BY username');
}

/** The user of that (normalised) username or id; `FOR UPDATE` locks the row until the transaction ends. */
export async function selectUser(
  manager: EntityManager,
  by: { id: string } | { username: string },
  lock: '' | 'FOR UPDATE' = '',
): Promise<UserRow | undefined> {
  const [column, value] = 'id' in by ? ['id', by.id] : ['username', by.username];
  const rows: UserRow[] = await manager.query(`SELECT * FROM users WHERE ${column} = $1 ${lock}`, [value]);
  return rows[0];
}

/** Inserts a new user; undefined when the username is taken. */
export async function insertUser(
  manager: EntityManager,
  username: string,
  passwordHash: string,
  role: Role,
): Promise<UserRow | undefined> {
  const rows: UserRow[] = await manager.query(
    `INSERT INTO users (id, username, password_hash, role) VALUES ($1, $2, $3, $4)
     ON CONFLICT (username) DO NOTHING RETURNING *`,
    [randomUUID(), username, passwordHash, role],
  );
  return rows[0];
}

/**
 * The start-up account: created, or its password and role set when it exists. With `onlyIfNoUsers`
 * it is created only into an empty table (several instances may race) and never updated.
 */
export async function upsertUser(
  manager: EntityManager,
  username: string,
  passwordHash: string,
  role: Role,
  onlyIfNoUsers: boolean,
): Promise<UserRow | undefined> {
  const rows: UserRow[] = onlyIfNoUsers
    ? await manager.query(
        `INSERT INTO users (id, username, password_hash, role)
         SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM users)
         ON CONFLICT (username) DO NOTHING RETURNING *`,
        [randomUUID(), username, passwordHash, role],
      )
    : await manager.query(
        `INSERT INTO users (id, username, password_hash, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,
           updated_at = now()
         RETURNING *`,
        [randomUUID(), username, passwordHash, role],
      );
  return rows[0];
}

/**
 * Sets the role and/or the password hash (null leaves either as it is); a new password also ends
 * every session of the user. Undefined when there is no such user.
 */
export async function updateUser(
  manager: EntityManager,
  id: string,
  role: Role | null,
  passwordHash: string | null,
): Promise<UserRow | undefined> {
  // For UPDATE, TypeORM's query() answers [rows, affectedCount].
  const [rows]: [UserRow[], number] = await manager.query(
    `UPDATE users SET role = coalesce($2, role), password_hash = coalesce($3, password_hash), updated_at = now()
      WHERE id = $1 RETURNING *`,
    [id, role, passwordHash],
  );
  if (rows[0] && passwordHash) await manager.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  return rows[0];
}

/** Deletes the user; the foreign key takes every session of theirs with it. */
export async function deleteUser(manager: EntityManager, id: string): Promise<void> {
  await manager.query('DELETE FROM users WHERE id = $1', [id]);
}

export async function countAdmins(manager: EntityManager): Promise<number> {
  const [row] = (await manager.query(`SELECT count(*) AS n FROM users WHERE role = 'admin'`)) as {
    n: number;
  }[];
  return Number(row?.n ?? 0);
}
