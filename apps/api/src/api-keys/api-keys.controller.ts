import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
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
import { ApiKeysService } from './api-keys.service';
import { ApiKeySummaryDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto';

@ApiTags('api-keys')
@ApiBearerAuth()
@ApiCookieAuth()
@Roles('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: 'API keys, active first (admin); the keys themselves are never shown again' })
  @ApiOkResponse({ type: [ApiKeySummaryDto] })
  list() {
    return this.apiKeys.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create an API key (admin); the answer is the only time the key is shown' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@Body() body: CreateApiKeyDto) {
    return this.apiKeys.create(body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key (admin); effective for the very next request' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  revoke(@Param('id', UuidPipe) id: string): Promise<void> {
    return this.apiKeys.revoke(id);
  }
}
