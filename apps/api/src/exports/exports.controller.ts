import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import type { Response } from 'express';
import { attachment, todayUtc } from './csv-format';
import { ExportShipmentsQuery } from './dto/export-shipments.query';
import { ShipmentsExportService } from './shipments-export.service';

/**
 * Runs a streaming export into the response. A client that hangs up mid-way is not an error of
 * ours; any other failure after the first byte reaches the exception filter, which cuts the
 * connection so the client sees an incomplete download rather than a silently short file.
 */
export async function streamTo(response: Response, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE' && response.destroyed) return;
    throw error;
  }
}

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly shipments: ShipmentsExportService) {}

  @Get('shipments.csv')
  @ApiOperation({
    summary: 'Every shipment matching the filters as CSV (streamed; the import format)',
    description: `Columns \`${SHIPMENT_CSV_COLUMNS.join(',')}\`. Text cells that a spreadsheet would run as a formula are prefixed with \`'\`; the importer removes it again.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'text/csv attachment',
    schema: { type: 'string', example: `${SHIPMENT_CSV_COLUMNS.join(',')}\r\n` },
  })
  async shipmentsCsv(@Query() query: ExportShipmentsQuery, @Res() response: Response): Promise<void> {
    const range = `${query.from ?? 'all'}_${query.to ?? 'all'}`;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', attachment(`tradeflow-shipments-${range}-${todayUtc()}.csv`));
    response.setHeader('Cache-Control', 'no-store');
    await streamTo(response, () => this.shipments.writeCsv(query, response));
  }
}
