import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { UuidPipe } from '../common/uuid.pipe';
import { CreateUserDto, UpdateUserDto, UserSummaryDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@ApiCookieAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Users (admin)' })
  @ApiOkResponse({ type: [UserSummaryDto] })
  list() {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a user with a role (admin)' })
  @ApiCreatedResponse({ type: UserSummaryDto })
  @ApiConflictResponse({ description: 'The username is taken' })
  create(@Body() body: CreateUserDto) {
    return this.users.create(body);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's role or password (admin); a new password ends their sessions" })
  @ApiOkResponse({ type: UserSummaryDto })
  @ApiNotFoundResponse()
  update(@Param('id', UuidPipe) id: string, @Body() body: UpdateUserDto) {
    return this.users.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a user and end their sessions (admin)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Your own account, or the last admin' })
  remove(@Param('id', UuidPipe) id: string): Promise<void> {
    return this.users.delete(id);
  }
}
