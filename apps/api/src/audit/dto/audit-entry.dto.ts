import { ApiProperty } from '@nestjs/swagger';
import type { ActorType, AuditEntry, AuditPage } from '@tradeflow/domain';

export class AuditEntryDto implements AuditEntry {
  @ApiProperty({ example: '42' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ enum: ['user', 'api-key', 'system'] })
  actorType!: ActorType;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  actorId!: string | null;

  @ApiProperty({ example: 'analyst' })
  actorName!: string;

  @ApiProperty({ example: 'shipment.update' })
  action!: string;

  @ApiProperty({ example: 'shipment' })
  entityType!: string;

  @ApiProperty()
  entityId!: string;

  @ApiProperty({ nullable: true, description: 'The entity before the write (null when created)' })
  before!: unknown;

  @ApiProperty({ nullable: true, description: 'The entity after the write (null when deleted)' })
  after!: unknown;

  @ApiProperty({ type: [String], example: ['volumeTonnes', 'status'] })
  changedFields!: string[];

  @ApiProperty({ nullable: true, type: String, description: 'X-Request-Id of the request that wrote' })
  requestId!: string | null;
}

export class AuditPageDto implements AuditPage {
  @ApiProperty({ type: [AuditEntryDto] })
  items!: AuditEntryDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for older entries' })
  nextCursor!: string | null;
}
