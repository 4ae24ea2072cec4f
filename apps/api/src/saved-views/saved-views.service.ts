import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ActorType, normaliseViewQuery, type SavedView, type SavedViewInput } from '@tradeflow/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { AuditService } from '../audit/audit.service';
import { type Actor, currentActor } from '../common/request-context';

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

/** The same caller: a user or key by its id; the bootstrap token (no id) by its name. */
function isOwner(row: SavedViewRow, principal: Principal): boolean {
  if (row.owner_type !== principal.kind) return false;
  return row.owner_id === null
    ? principal.id === null && row.owner_name === principal.name
    : row.owner_id === principal.id;
}

/** Saved views: one name per team, newest first; only the owner or an admin deletes one. */
@Injectable()
export class SavedViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SavedView[]> {
    const rows: SavedViewRow[] = await this.dataSource.query(
      'SELECT * FROM saved_views ORDER BY created_at DESC, name_key',
    );
    return rows.map(toSavedView);
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
    if (!rows[0]) {
      throw new ConflictException({
        message: `A saved view named "${name}" already exists`,
        errors: [{ field: 'name', message: 'is taken by another saved view' }],
      });
    }
    return toSavedView(rows[0]);
  }

  async remove(id: string, principal: Principal): Promise<void> {
    await this.audit.withAudit(async (manager) => {
      const rows: SavedViewRow[] = await manager.query('SELECT * FROM saved_views WHERE id = $1 FOR UPDATE', [
        id,
      ]);
      const row = rows[0];
      if (!row) throw new NotFoundException(`No saved view with id ${id}`);
      if (principal.role !== 'admin' && !isOwner(row, principal)) {
        throw new ForbiddenException(
          `Only ${row.owner_name} (who saved it) or an admin can delete this view`,
        );
      }
      await manager.query('DELETE FROM saved_views WHERE id = $1', [id]);
      return {
        result: undefined,
        audit: {
          action: 'saved-view.delete',
          entityType: 'saved-view',
          entityId: id,
          before: toSavedView(row),
        },
      };
    });
  }
}
