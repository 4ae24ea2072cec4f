import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCookieAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { AuditEntry, Shipment, ShipmentInput } from '@tradeflow/domain';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { AuditEntryDto } from '../audit/dto/audit-entry.dto';
import { DataVersionCacheInterceptor } from '../cache-versions/data-version-cache.interceptor';
import { ListShipmentsQuery } from './dto/list-shipments.query';
import { ShipmentDto, ShipmentPageDto } from './dto/shipment.dto';
import { ShipmentInputDto } from './dto/shipment-input.dto';
import { UuidPipe } from '../common/uuid.pipe';
import { ShipmentInputPipe } from './shipment-input.pipe';
import { ShipmentsService } from './shipments.service';

@ApiTags('shipments')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiBadRequestResponse({ description: 'Invalid input: `{ message, errors: [{ field, message }] }`' })
@Controller('shipments')
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly audit: AuditService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Record a shipment (idempotent by reference)' })
  @ApiBody({ type: ShipmentInputDto })
  @ApiCreatedResponse({ type: ShipmentDto, description: 'Created' })
  @ApiOkResponse({ type: ShipmentDto, description: 'Same reference and identical body: the stored shipment' })
  @ApiConflictResponse({ description: 'Same reference with a different body; nothing changed' })
  @ApiPayloadTooLargeResponse({ description: 'Body over the JSON limit (1 MB by default)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Content-Type is not application/json' })
  async create(
    @Body(new ShipmentInputPipe()) input: ShipmentInput,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Shipment> {
    const outcome = await this.shipments.create(input);
    response.status(outcome.created ? 201 : 200);
    return outcome.shipment;
  }

  @Get()
  @UseInterceptors(DataVersionCacheInterceptor)
  @ApiOperation({
    summary: 'List shipments: filters, sorting, offset or cursor pagination',
    description:
      'The filters include route, loadPort and dischargePort, so the shipments of one flow of ' +
      'GET /api/analytics/flows can be listed with its `drillDown` filters. Items carry sourceCount.',
  })
  @ApiOkResponse({ type: ShipmentPageDto })
  list(@Query() query: ListShipmentsQuery) {
    return this.shipments.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ShipmentDto })
  @ApiNotFoundResponse()
  findOne(@Param('id', UuidPipe) id: string): Promise<Shipment> {
    return this.shipments.findOne(id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every recorded change of a shipment, oldest first (who, when, before, after)' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  async history(@Param('id', UuidPipe) id: string): Promise<AuditEntry[]> {
    return this.audit.history('shipment', id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change some fields of a shipment (reference cannot change)' })
  @ApiBody({ type: ShipmentInputDto, description: 'Any subset of the shipment fields' })
  @ApiOkResponse({ type: ShipmentDto })
  @ApiNotFoundResponse()
  update(
    @Param('id', UuidPipe) id: string,
    @Body(new ShipmentInputPipe({ partial: true })) patch: Partial<ShipmentInput>,
  ): Promise<Shipment> {
    return this.shipments.update(id, patch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  remove(@Param('id', UuidPipe) id: string): Promise<void> {
    return this.shipments.remove(id);
  }
}
