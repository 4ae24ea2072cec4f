import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateUserRequest,
  CREDENTIAL_LIMITS,
  type Role,
  ROLES,
  type UserSummary,
} from '@tradeflow/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({
    example: 'analyst',
    maxLength: CREDENTIAL_LIMITS.usernameMaxLength,
    description: 'Letters, digits and . _ - @; case-insensitive',
  })
  @IsString()
  @MaxLength(CREDENTIAL_LIMITS.usernameMaxLength)
  username!: string;

  @ApiProperty({
    example: 'a long passphrase of your own',
    minLength: CREDENTIAL_LIMITS.passwordMinLength,
    maxLength: CREDENTIAL_LIMITS.passwordMaxLength,
    description: '12 to 256 characters, not one character repeated, not containing the username',
  })
  @IsString()
  @MaxLength(CREDENTIAL_LIMITS.passwordMaxLength * 4)
  password!: string;

  @ApiProperty({ enum: ROLES, example: 'viewer' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES, example: 'editor' })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ description: 'A new password (same rules); ends every session of the user' })
  @IsOptional()
  @IsString()
  @MaxLength(CREDENTIAL_LIMITS.passwordMaxLength * 4)
  password?: string;
}

export class UserSummaryDto implements UserSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty({ example: 'analyst' })
  username!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
