import { ApiProperty } from '@nestjs/swagger';
import {
  type ApiKeySummary,
  type CreatedApiKey,
  type CreateApiKeyRequest,
  CREDENTIAL_LIMITS,
  type Role,
  ROLES,
} from '@tradeflow/domain';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

export class CreateApiKeyDto implements CreateApiKeyRequest {
  @ApiProperty({ example: 'nightly-import', maxLength: CREDENTIAL_LIMITS.apiKeyNameMaxLength })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @Matches(/^\P{Cc}*$/u, { message: 'name must not contain control characters' })
  @MaxLength(CREDENTIAL_LIMITS.apiKeyNameMaxLength)
  name!: string;

  @ApiProperty({ enum: ROLES, example: 'editor' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;
}

export class ApiKeySummaryDto implements ApiKeySummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'nightly-import' })
  name!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  @ApiProperty({ example: 'tf_Xk3v9QaB', description: 'First characters of the key, to recognise it' })
  prefix!: string;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ example: 'admin' })
  createdBy!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastUsedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  revokedAt!: string | null;
}

export class CreatedApiKeyDto implements CreatedApiKey {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'nightly-import' })
  name!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  @ApiProperty({
    example: 'tf_Xk3v9QaB...',
    description: 'The key, shown this once: send it as `Authorization: Bearer <key>`',
  })
  key!: string;
}
