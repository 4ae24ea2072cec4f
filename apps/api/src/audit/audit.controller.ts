import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { AuditService } from './audit.service';
import { AuditPageDto } from './dto/audit-entry.dto';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('audit')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The audit trail, newest first (admin)' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: ListAuditQuery) {
    return this.audit.list(query);
  }
}
