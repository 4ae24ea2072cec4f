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
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/secrets';
import { FieldValidationException } from '../common/api-error';
import { type Actor, currentActor } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import {
  countAdmins,
  deleteUser,
  insertUser,
  selectUser,
  selectUsers,
  toUserSummary,
  updateUser,
  upsertUser,
  type UserRow,
} from './users-sql';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<UserSummary[]> {
    return (await selectUsers(this.dataSource.manager)).map(toUserSummary);
  }

  async findByUsername(username: string): Promise<UserRow | undefined> {
    return selectUser(this.dataSource.manager, { username: normaliseUsername(username) });
  }

  async create(input: CreateUserRequest): Promise<UserSummary> {
    const problems = newUserProblems(input);
    if (problems.length > 0) throw new FieldValidationException(problems);
    const username = normaliseUsername(input.username);
    const passwordHash = await hashPassword(input.password);
    return this.audit.withAudit(async (manager) => {
      const inserted = await insertUser(manager, username, passwordHash, input.role);
      if (!inserted) {
        throw new ConflictException({
          message: `A user named "${username}" already exists`,
          errors: [{ field: 'username', message: 'is taken' }],
        });
      }
      const user = toUserSummary(inserted);
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
    const existing = await selectUser(this.dataSource.manager, { id });
    if (!existing) throw new NotFoundException(`No user with id ${id}`);
    if (change.password !== undefined) {
      const problem = passwordProblem(change.password, existing.username);
      if (problem) throw new FieldValidationException([{ field: 'password', message: problem }]);
    }
    const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
    return this.audit.withAudit(async (manager) => {
      const updated = await updateUser(manager, id, change.role ?? null, passwordHash);
      if (!updated) throw new NotFoundException(`No user with id ${id}`);
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
      const user = await selectUser(manager, { id }, 'FOR UPDATE');
      if (!user) throw new NotFoundException(`No user with id ${id}`);
      if (user.role === 'admin' && !this.config.security.adminToken && (await countAdmins(manager)) <= 1) {
        throw new ConflictException('The last admin cannot be deleted: create another admin first');
      }
      await deleteUser(manager, id);
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
      const before = await selectUser(manager, { username }, 'FOR UPDATE');
      const after = await upsertUser(manager, username, passwordHash, role, options.onlyIfNoUsers ?? false);
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
}
