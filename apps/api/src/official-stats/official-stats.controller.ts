import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
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
import {
  COMTRADE_COLUMNS,
  COMTRADE_REQUIRED_COLUMNS,
  type OfficialImportReport,
  type OfficialStatsStatus,
  type Reconciliation,
} from '@tradeflow/domain';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { openCsvUpload } from '../imports/csv/csv-upload';
import { OfficialImportQuery } from './dto/official-import-query';
import {
  OfficialImportReportDto,
  OfficialStatsStatusDto,
  ReconciliationDto,
} from './dto/official-responses.dto';
import { ReconciliationQueryDto } from './dto/reconciliation-query';
import { OfficialStatsService } from './official-stats.service';
import { ReconciliationService } from './reconciliation.service';

@ApiTags('official statistics')
@Controller('official-stats')
export class OfficialStatsController {
  constructor(
    private readonly officialStats: OfficialStatsService,
    private readonly reconciliation: ReconciliationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('import')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import a UN Comtrade+ CSV (monthly imports of crude oil and LPG; streamed; atomic by default; dryRun=true writes nothing)',
    description:
      `The header as the Comtrade+ site and API download it (\`${COMTRADE_COLUMNS.join(',')}\`), names matched ` +
      `case-insensitively, with the legacy Comtrade titles as aliases (\`Reporter ISO\`, \`Partner ISO\`, \`Commodity Code\`, ` +
      `\`Netweight (kg)\`, \`Trade Value (US$)\`, ...). Required: ${COMTRADE_REQUIRED_COLUMNS.join(', ')}. Kept: freqCode M, ` +
      'flowCode M, cmdCode 2709 (crude oil), 271112 or 271113 (LPG), a partner other than World (0), totals only (partner2Code 0, ' +
      'customsCode C00, motCode 0); the other lines are skipped and counted by reason. reporterISO is the importer (destination) ' +
      'and partnerISO the origin (alpha-3, mapped to alpha-2); period YYYYMM is the month; netWgt kg / 1000 the tonnes (qty when ' +
      'netWgt is empty and its unit is kg, qtyUnitCode 8); primaryValue the USD value; the estimation flags are kept. A re-import ' +
      'updates the flows of the same importer, partner, HS code, month and flow. Send the file as the body (Content-Type: text/csv) ' +
      'or as the multipart field `file`.',
  })
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', example: `${COMTRADE_COLUMNS.join(',')}\n` },
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
      ],
    },
  })
  @ApiOkResponse({ type: OfficialImportReportDto })
  @ApiBadRequestResponse({
    description:
      'Bad file (a required column missing: named; CSV syntax; not UTF-8), or mode=atomic with bad lines: the report with `rejected` (line numbers), nothing written',
  })
  @ApiPayloadTooLargeResponse({
    description: 'Larger than IMPORT_MAX_BYTES (200 MB by default); nothing written',
  })
  @ApiUnsupportedMediaTypeResponse({ description: 'Neither text/csv nor multipart/form-data' })
  async importComtrade(
    @Query() query: OfficialImportQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OfficialImportReport> {
    try {
      const csv = openCsvUpload(request, this.config.importMaxBytes);
      return await this.officialStats.importComtrade(csv, {
        mode: query.mode ?? 'atomic',
        dryRun: query.dryRun ?? false,
      });
    } catch (error) {
      // Answer now and close the connection rather than read the rest of a refused upload.
      if (!request.complete) response.setHeader('Connection', 'close');
      throw error;
    }
  }

  @Get()
  @ApiOperation({
    summary: 'What official statistics are stored: flow count, first and last month, importers',
  })
  @ApiOkResponse({ type: OfficialStatsStatusDto })
  status(): Promise<OfficialStatsStatus> {
    return this.officialStats.status();
  }

  @Get('reconciliation')
  @ApiOperation({
    summary:
      'Cargo records against official statistics per importer, partner and month (tonnes and USD), large gaps flagged',
    description:
      'Cargo side: delivered cargoes of crude oil and LPG (the commodities official statistics cover) by arrival month, in USD at ' +
      'the rate on or before arrival. Official side: the imported Comtrade flows. Difference = cargo - official, in % of the ' +
      'official figure. A row is flagged when |difference| > gapTonnes AND > gapPercent of the official tonnes (defaults 1,000 t ' +
      'and 20%). from/to widen to whole months. Rows by month, importer, partner; `months` sums per month, `total` the whole selection.',
  })
  @ApiOkResponse({ type: ReconciliationDto })
  @ApiBadRequestResponse({
    description: 'Bad dates, codes, a commodity official statistics do not cover, or bad thresholds',
  })
  reconcile(@Query() query: ReconciliationQueryDto): Promise<Reconciliation> {
    return this.reconciliation.reconcile(query);
  }
}
