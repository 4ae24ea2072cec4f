import { Controller, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { type ImportReport, SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { openCsvUpload } from './csv/csv-upload';
import { ImportQuery } from './dto/import-query';
import { ImportReportDto } from './dto/import-report.dto';
import { ImportsService } from './imports.service';

@ApiTags('shipments')
@Controller('shipments/import')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Bulk import of a shipment CSV (streamed; atomic by default; dryRun=true writes nothing)',
    description: `The header must be exactly \`${SHIPMENT_CSV_COLUMNS.join(',')}\`; files written before \`destination_country\` (without that last column) still import, their importing country taken from the discharge port, else HOME_COUNTRY. Send the file as the body (Content-Type: text/csv) or as the multipart field \`file\`.`,
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', example: `${SHIPMENT_CSV_COLUMNS.join(',')}\n` },
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
      ],
    },
  })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiBadRequestResponse({
    description:
      'Bad file (header, CSV syntax, not UTF-8), or mode=atomic with bad lines: the report with `rejected`, nothing written',
  })
  @ApiPayloadTooLargeResponse({
    description: 'Larger than IMPORT_MAX_BYTES (200 MB by default); nothing written',
  })
  @ApiUnsupportedMediaTypeResponse({ description: 'Neither text/csv nor multipart/form-data' })
  async importShipments(
    @Query() query: ImportQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportReport> {
    try {
      const csv = openCsvUpload(request, this.config.importMaxBytes);
      return await this.imports.importShipments(csv, {
        mode: query.mode ?? 'atomic',
        onConflict: query.onConflict ?? 'error',
        dryRun: query.dryRun ?? false,
      });
    } catch (error) {
      // Answer now and close the connection rather than read the rest of a refused upload.
      if (!request.complete) response.setHeader('Connection', 'close');
      throw error;
    }
  }
}
