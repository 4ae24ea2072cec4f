import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One write: who, when, what, and the entity before and after. Append-only (a trigger refuses changes). */
@Entity({ name: 'audit_log' })
@Check('ck_audit_log_actor_type', `"actor_type" IN ('user', 'api-key', 'system')`)
@Index('ix_audit_log_entity', ['entityType', 'entityId', 'id'])
@Index('ix_audit_log_occurred', ['occurredAt'])
@Index('ix_audit_log_actor', ['actorName', 'id'])
@Index('ix_audit_log_action', ['action', 'id'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 128 })
  actorName!: string;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 128 })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;
}
