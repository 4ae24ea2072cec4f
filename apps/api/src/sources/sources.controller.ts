import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  RecordSourceResult,
  ShipmentSource,
  ShipmentSourceInput,
  ShipmentSourceList,
} from '@tradeflow/domain';
import { UuidPipe } from '../common/uuid.pipe';
import {
  RecordSourceResultDto,
  ShipmentSourceDto,
  ShipmentSourceInputDto,
  ShipmentSourceListDto,
} from './dto/shipment-source.dto';
import { SourceInputPipe } from './source-input.pipe';
import { SourcesService } from './sources.service';

@ApiTags('shipments')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiBadRequestResponse({ description: 'Invalid input: `{ message, errors: [{ field, message }] }`' })
@ApiNotFoundResponse({ description: 'No such shipment (or source)' })
@Controller('shipments/:id/sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @ApiOperation({ summary: "A shipment's sources, conflicting figures included; the source of record first" })
  @ApiOkResponse({ type: ShipmentSourceListDto })
  async list(@Param('id', UuidPipe) id: string): Promise<ShipmentSourceList> {
    return { shipmentId: id, items: await this.sources.list(id) };
  }

  @Post()
  @ApiOperation({
    summary:
      'Record a source of a shipment (editor; audited): url or document name, publisher, date, figures',
    description: 'Adding a source does not change the shipment; make it the figure of record for that.',
  })
  @ApiBody({ type: ShipmentSourceInputDto })
  @ApiCreatedResponse({ type: ShipmentSourceDto })
  create(
    @Param('id', UuidPipe) id: string,
    @Body(new SourceInputPipe()) input: ShipmentSourceInput,
  ): Promise<ShipmentSource> {
    return this.sources.create(id, input);
  }

  @Delete(':sourceId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a source (editor; audited); the shipment keeps its figures' })
  @ApiNoContentResponse()
  remove(@Param('id', UuidPipe) id: string, @Param('sourceId', UuidPipe) sourceId: string): Promise<void> {
    return this.sources.remove(id, sourceId);
  }

  @Post(':sourceId/record')
  @HttpCode(200)
  @ApiOperation({
    summary: "Make this source's figures the shipment's figures of record (editor; audited)",
    description:
      "In one transaction: the shipment's volume (and value, when the source reports one) becomes the " +
      "source's, audited as a shipment update (the monthly rollup follows, so analytics stay exact), and this " +
      'source becomes the only one of record. The other sources stay, with their figures.',
  })
  @ApiOkResponse({ type: RecordSourceResultDto })
  makeRecord(
    @Param('id', UuidPipe) id: string,
    @Param('sourceId', UuidPipe) sourceId: string,
  ): Promise<RecordSourceResult> {
    return this.sources.makeRecord(id, sourceId);
  }
}
