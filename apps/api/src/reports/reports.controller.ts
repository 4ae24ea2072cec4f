import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { CreatedReport, Report, ReportInput, ReportRun } from '@tradeflow/domain';
import type { Request, Response } from 'express';
import { attachment } from '../exports/csv-format';
import { Public } from '../auth/access.decorators';
import { CONTENT_TYPES, formatOfFileName } from '../exports/table-writer';
import { gunzipped } from './delivery/webhook-signature';
import type { ReportFileEntity } from './report-file.entity';
import { ListRunsQuery } from './dto/list-runs.query';
import {
  ReportDto,
  ReportInputDto,
  ReportListDto,
  ReportRunDto,
  ReportRunListDto,
  RunAcceptedDto,
} from './dto/report.dto';
import { ReportInputPipe } from './report-input.pipe';
import { ReportsService } from './reports.service';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('reports')
@ApiBadRequestResponse({ description: 'Invalid input: `{ message, errors: [{ field, message }] }`' })
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @ApiOperation({
    summary: 'Schedule a report: CSV or XLSX, by e-mail and/or webhook (cron in an IANA time zone)',
  })
  @ApiBody({ type: ReportInputDto })
  @ApiCreatedResponse({ type: ReportDto })
  create(@Body(new ReportInputPipe()) input: ReportInput): Promise<CreatedReport> {
    return this.reports.create(input);
  }

  @Get()
  @ApiOkResponse({ type: ReportListDto })
  async list(): Promise<{ items: Report[] }> {
    return { items: await this.reports.list() };
  }

  @Get(':id')
  @ApiOkResponse({ type: ReportDto })
  @ApiNotFoundResponse()
  get(@Param('id', uuid) id: string): Promise<Report> {
    return this.reports.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change a report; a new cron, time zone or enabling restarts its schedule from now',
  })
  @ApiBody({ type: ReportInputDto, description: 'Any subset of the fields' })
  @ApiOkResponse({ type: ReportDto })
  @ApiNotFoundResponse()
  update(
    @Param('id', uuid) id: string,
    @Body(new ReportInputPipe({ partial: true })) patch: Partial<ReportInput>,
  ): Promise<CreatedReport> {
    return this.reports.update(id, patch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a report with its runs and files' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  remove(@Param('id', uuid) id: string): Promise<void> {
    return this.reports.remove(id);
  }

  @Post(':id/run')
  @HttpCode(202)
  @ApiOperation({ summary: 'Run the report now (outside its schedule)' })
  @ApiAcceptedResponse({ type: RunAcceptedDto })
  @ApiNotFoundResponse()
  async runNow(@Param('id', uuid) id: string): Promise<{ runId: string; status: 'queued' }> {
    return { runId: await this.reports.runNow(id), status: 'queued' };
  }

  @Post(':id/test-delivery')
  @HttpCode(202)
  @ApiOperation({
    summary: "Send the report's last file (or an empty one) to its e-mail recipients and webhook now",
    description:
      'Recorded as a run with trigger `test`; follow its deliveries with GET /api/reports/:id/runs/:runId',
  })
  @ApiAcceptedResponse({ type: RunAcceptedDto })
  @ApiNotFoundResponse()
  async testDelivery(@Param('id', uuid) id: string): Promise<{ runId: string; status: 'queued' }> {
    return { runId: await this.reports.testDelivery(id), status: 'queued' };
  }

  @Get(':id/runs')
  @ApiOperation({ summary: 'Runs of a report, newest first' })
  @ApiOkResponse({ type: ReportRunListDto })
  @ApiNotFoundResponse()
  async runs(@Param('id', uuid) id: string, @Query() query: ListRunsQuery): Promise<{ items: ReportRun[] }> {
    return { items: await this.reports.listRuns(id, query.limit ?? 50) };
  }

  @Get(':id/runs/:runId')
  @ApiOkResponse({ type: ReportRunDto })
  @ApiNotFoundResponse()
  run(@Param('id', uuid) id: string, @Param('runId', uuid) runId: string): Promise<ReportRun> {
    return this.reports.getRun(id, runId);
  }

  @Get(':id/runs/:runId/file')
  @ApiOperation({
    summary:
      "The run's file, CSV or XLSX (stored gzip-compressed; sent compressed to clients that accept gzip)",
  })
  @ApiProduces('text/csv', CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: 'The file, as an attachment' })
  @ApiNotFoundResponse({ description: 'No such run, or the run has no file (not succeeded)' })
  async file(
    @Param('id', uuid) id: string,
    @Param('runId', uuid) runId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendFile(await this.reports.getFile(id, runId), request, response);
  }
}

/** The download links e-mailed instead of files too large to attach. */
@ApiTags('reports')
@Controller('report-downloads')
export class ReportDownloadsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({
    summary: 'Download the one file a link was made for, without signing in, until the link expires',
  })
  @ApiProduces('text/csv', CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: 'The file, as an attachment' })
  @ApiNotFoundResponse({ description: 'No such link' })
  @ApiGoneResponse({ description: 'The link has expired' })
  async download(
    @Param('token') token: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendFile(await this.reports.fileByDownloadToken(token), request, response);
  }
}

function sendFile(file: ReportFileEntity, request: Request, response: Response): void {
  response.setHeader('Content-Type', CONTENT_TYPES[formatOfFileName(file.fileName)]);
  response.setHeader('Content-Disposition', attachment(file.fileName));
  response.setHeader('ETag', `"${file.sha256}"`);
  response.setHeader('Vary', 'Accept-Encoding');
  if (request.acceptsEncodings('gzip', 'identity') === 'gzip') {
    response.setHeader('Content-Encoding', 'gzip');
    response.end(file.contentGzip);
    return;
  }
  gunzipped(file.contentGzip).pipe(response);
}
