import { ApiProperty } from '@nestjs/swagger';
import { type AuthVia, type CurrentUser, type LoginRequest, type Role, ROLES } from '@tradeflow/domain';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  username!: string;

  @ApiProperty({ example: 'your password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}

export class CurrentUserDto implements CurrentUser {
  @ApiProperty({ example: 'admin' })
  username!: string;

  @ApiProperty({ enum: ROLES, example: 'admin' })
  role!: Role;

  @ApiProperty({ enum: ['session', 'api-key'], example: 'session' })
  via!: AuthVia;
}
