import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SavedView, SavedViewInput } from '@tradeflow/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { AuditService } from '../audit/audit.service';
import { type Actor, currentActor } from '../common/request-context';
import {
  deleteSavedView,
  insertSavedView,
  lockSavedView,
  selectSavedViews,
  type StoredSavedView,
} from './saved-views-sql';

/** The same caller: a user or key by its id; the bootstrap token (no id) by its name. */
function isOwner(owner: StoredSavedView['owner'], principal: Principal): boolean {
  if (owner.type !== principal.kind) return false;
  return owner.id === null
    ? principal.id === null && owner.name === principal.name
    : owner.id === principal.id;
}

/** Saved views: one name per team, newest first; only the owner or an admin deletes one. */
@Injectable()
export class SavedViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SavedView[]> {
    return selectSavedViews(this.dataSource.manager);
  }

  async create(input: SavedViewInput): Promise<SavedView> {
    return this.audit.withAudit(async (manager) => {
      const view = await this.insert(manager, input, currentActor());
      return {
        result: view,
        audit: { action: 'saved-view.create', entityType: 'saved-view', entityId: view.id, after: view },
      };
    });
  }

  /** Inserts without an audit entry (the sample data, which is not anybody's write). */
  async insert(manager: EntityManager, input: SavedViewInput, owner: Actor): Promise<SavedView> {
    const view = await insertSavedView(manager, input, owner);
    if (!view) {
      throw new ConflictException({
        message: `A saved view named "${input.name.trim()}" already exists`,
        errors: [{ field: 'name', message: 'is taken by another saved view' }],
      });
    }
    return view;
  }

  async remove(id: string, principal: Principal): Promise<void> {
    await this.audit.withAudit(async (manager) => {
      const stored = await lockSavedView(manager, id);
      if (!stored) throw new NotFoundException(`No saved view with id ${id}`);
      if (principal.role !== 'admin' && !isOwner(stored.owner, principal)) {
        throw new ForbiddenException(
          `Only ${stored.owner.name} (who saved it) or an admin can delete this view`,
        );
      }
      await deleteSavedView(manager, id);
      return {
        result: undefined,
        audit: {
          action: 'saved-view.delete',
          entityType: 'saved-view',
          entityId: id,
          before: stored.view,
        },
      };
    });
  }
}
