import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateUserRequest,
  newUserProblems,
  normaliseUsername,
  passwordProblem,
  type Role,
  type UserSummary,
} from '@tradeflow/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/secrets';
import { FieldValidationException } from '../common/api-error';
import { type Actor, currentActor } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: Role;
  created_at: Date;
  updated_at: Date;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<UserSummary[]> {
    const rows: UserRow[] = await this.dataSource.query('SELECT * FROM users ORDER BY username');
    return rows.map(toUserSummary);
  }

  async findByUsername(username: string): Promise<UserRow | undefined> {
    const rows: UserRow[] = await this.dataSource.query('SELECT * FROM users WHERE username = $1', [
      normaliseUsername(username),
    ]);
    return rows[0];
  }

  async create(input: CreateUserRequest): Promise<UserSummary> {
    const problems = newUserProblems(input);
    if (problems.length > 0) throw new FieldValidationException(problems);
    const username = normaliseUsername(input.username);
    const passwordHash = await hashPassword(input.password);
    return this.audit.withAudit(async (manager) => {
      const rows: UserRow[] = await manager.query(
        `INSERT INTO users (id, username, password_hash, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (username) DO NOTHING RETURNING *`,
        [randomUUID(), username, passwordHash, input.role],
      );
      if (!rows[0]) {
        throw new ConflictException({
          message: `A user named "${username}" already exists`,
          errors: [{ field: 'username', message: 'is taken' }],
        });
      }
      const user = toUserSummary(rows[0]);
      return {
        result: user,
        audit: { action: 'user.create', entityType: 'user', entityId: user.id, after: user },
      };
    });
  }

  /**
   * Changes a user's role and/or password. A new password ends every session of the user; a
   * lower role takes effect on their next request (roles are read per request).
   */
  async update(id: string, change: { role?: Role; password?: string }): Promise<UserSummary> {
    if (change.role === undefined && change.password === undefined) {
      throw new FieldValidationException([{ field: 'body', message: 'give role, password or both' }]);
    }
    const actor = currentActor();
    if (actor.type === 'user' && actor.id === id && change.role !== undefined && change.role !== 'admin') {
      throw new ConflictException('You cannot lower the role of the account you are signed in with');
    }
    const before = await this.dataSource.query('SELECT * FROM users WHERE id = $1', [id]);
    const existing = (before as UserRow[])[0];
    if (!existing) throw new NotFoundException(`No user with id ${id}`);
    if (change.password !== undefined) {
      const problem = passwordProblem(change.password, existing.username);
      if (problem) throw new FieldValidationException([{ field: 'password', message: problem }]);
    }
    const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
    return this.audit.withAudit(async (manager) => {
      const [rows]: [UserRow[], number] = await manager.query(
        `UPDATE users SET role = coalesce($2, role), password_hash = coalesce($3, password_hash), updated_at = now()
          WHERE id = $1 RETURNING *`,
        [id, change.role ?? null, passwordHash],
      );
      const updated = rows[0];
      if (!updated) throw new NotFoundException(`No user with id ${id}`);
      if (passwordHash) await manager.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      return {
        result: toUserSummary(updated),
        audit: {
          action: passwordHash ? 'user.password-reset' : 'user.update',
          entityType: 'user',
          entityId: id,
          before: toUserSummary(existing),
          after: toUserSummary(updated),
        },
      };
    });
  }

  /** Deletes the user and, through the foreign key, every session of theirs (signed out at once). */
  async delete(id: string): Promise<void> {
    const actor = currentActor();
    if (actor.type === 'user' && actor.id === id) {
      throw new ConflictException('You cannot delete the account you are signed in with');
    }
    await this.audit.withAudit(async (manager) => {
      const rows: UserRow[] = await manager.query('SELECT * FROM users WHERE id = $1 FOR UPDATE', [id]);
      const user = rows[0];
      if (!user) throw new NotFoundException(`No user with id ${id}`);
      if (
        user.role === 'admin' &&
        !this.config.security.adminToken &&
        (await this.adminCount(manager)) <= 1
      ) {
        throw new ConflictException('The last admin cannot be deleted: create another admin first');
      }
      await manager.query('DELETE FROM users WHERE id = $1', [id]);
      return {
        result: undefined,
        audit: { action: 'user.delete', entityType: 'user', entityId: id, before: toUserSummary(user) },
      };
    });
  }

  /**
   * Creates or updates a user outside any request (start-up). Answers whether the row was written:
   * with `onlyIfNoUsers`, nothing happens unless the table is empty (several instances may race).
   */
  async upsertAtStartUp(
    username: string,
    password: string,
    role: Role,
    actor: Actor,
    options: { onlyIfNoUsers?: boolean } = {},
  ): Promise<boolean> {
    const passwordHash = await hashPassword(password);
    return this.audit.withAudit(async (manager) => {
      const beforeRows: UserRow[] = await manager.query(
        'SELECT * FROM users WHERE username = $1 FOR UPDATE',
        [username],
      );
      const before = beforeRows[0];
      const rows: UserRow[] = options.onlyIfNoUsers
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
      const after = rows[0];
      if (!after) return { result: false, audit: [] };
      return {
        result: true,
        audit: {
          action: before ? 'user.password-reset' : 'user.create',
          entityType: 'user',
          entityId: after.id,
          before: before ? toUserSummary(before) : null,
          after: toUserSummary(after),
        },
      };
    }, actor);
  }

  private async adminCount(manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(`SELECT count(*) AS n FROM users WHERE role = 'admin'`)) as {
      n: number;
    }[];
    return Number(row?.n ?? 0);
  }
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
