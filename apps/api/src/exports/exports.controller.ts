import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type ReportFormat, SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import type { Response } from 'express';
import { CLOCK, type Clock } from '../common/clock';
import { attachment, todayUtc } from './csv-format';
import { AnalyticsExportService } from './analytics-export.service';
import { ExportConcentrationQuery, ExportTimeseriesQuery } from './dto/export-analytics.query';
import { ExportShipmentsQuery } from './dto/export-shipments.query';
import { ShipmentsExportService } from './shipments-export.service';
import { CONTENT_TYPES } from './table-writer';

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
  constructor(
    private readonly shipments: ShipmentsExportService,
    private readonly analytics: AnalyticsExportService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('shipments.csv')
  @ApiOperation({
    summary: 'Every shipment matching the filters as CSV (streamed; the import format)',
    description: `Columns \`${SHIPMENT_CSV_COLUMNS.join(',')}\`. Text cells that a spreadsheet would run as a formula are prefixed with \`'\`; the importer removes it again.`,
  })
  @ApiProduces('text/csv', CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'text/csv attachment',
    schema: { type: 'string', example: `${SHIPMENT_CSV_COLUMNS.join(',')}\r\n` },
  })
  async shipmentsCsv(@Query() query: ExportShipmentsQuery, @Res() response: Response): Promise<void> {
    const { format = 'csv', ...options } = query;
    const range = `${query.from ?? 'all'}_${query.to ?? 'all'}`;
    fileHeaders(response, format, `tradeflow-shipments-${range}-${todayUtc(this.clock())}`);
    await streamTo(response, () => this.shipments.write(options, format, response));
  }

  @Get('timeseries.csv')
  @ApiOperation({
    summary: 'GET /api/analytics/timeseries as CSV: one line per period and group',
    description:
      'Columns `period,period_label,<groupBy>,<groupBy>_label,<metric>`; every period of the range.',
  })
  @ApiProduces('text/csv', CONTENT_TYPES.xlsx)
  @ApiOkResponse({
    description: 'text/csv attachment',
    schema: {
      type: 'string',
      example: 'period,period_label,origin,origin_label,tonnes\r\n2023-06-01,2023-06,RU,Russia,45000\r\n',
    },
  })
  async timeseriesCsv(@Query() query: ExportTimeseriesQuery, @Res() response: Response): Promise<void> {
    const { bom, format = 'csv', ...analytics } = query;
    fileHeaders(
      response,
      format,
      `tradeflow-timeseries-${query.from ?? 'all'}_${query.to ?? 'all'}-${todayUtc(this.clock())}`,
    );
    await streamTo(response, () => this.analytics.writeTimeseries(analytics, format, bom ?? false, response));
  }

  @Get('concentration.csv')
  @ApiOperation({
    summary: 'GET /api/analytics/concentration as CSV: one line per period',
    description:
      'Columns `period,period_label,total_tonnes,hhi,effective_suppliers,shannon,top_<dimension>,top_<dimension>_label,top_share`.',
  })
  @ApiProduces('text/csv', CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: 'text/csv attachment' })
  async concentrationCsv(@Query() query: ExportConcentrationQuery, @Res() response: Response): Promise<void> {
    const { bom, format = 'csv', ...analytics } = query;
    fileHeaders(
      response,
      format,
      `tradeflow-concentration-${query.from ?? 'all'}_${query.to ?? 'all'}-${todayUtc(this.clock())}`,
    );
    await streamTo(response, () =>
      this.analytics.writeConcentration(analytics, format, bom ?? false, response),
    );
  }
}

function fileHeaders(response: Response, format: ReportFormat, baseName: string): void {
  response.setHeader('Content-Type', CONTENT_TYPES[format]);
  response.setHeader('Content-Disposition', attachment(`${baseName}.${format}`));
  response.setHeader('Cache-Control', 'no-store');
}
