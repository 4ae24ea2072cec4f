import { Body, Controller, Get, Param, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  type Benchmark,
  type BenchmarkInput,
  type BenchmarkPriceList,
  type BenchmarkPricesUpsertResult,
  BENCHMARK_PRICES_CSV_HEADER,
  csvPriceFields,
  parseBenchmarkPricesCsv,
  validateBenchmarkInput,
} from '@tradeflow/domain';
import type { Request, Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { FieldValidationException } from '../common/api-error';
import { openCsvUpload } from '../imports/csv/csv-upload';
import { BENCHMARK_CSV_MAX_BYTES, readPriceCsv } from './benchmark-prices-csv';
import { BenchmarksService } from './benchmarks.service';
import {
  BenchmarkDto,
  BenchmarkInputDto,
  BenchmarkPriceListDto,
  BenchmarkPricesQueryDto,
  BenchmarkPricesUpsertRequestDto,
  BenchmarkPricesUpsertResultDto,
} from './dto/benchmarks.dto';

const CODE_PARAM = { name: 'code', example: 'BRENT', description: 'Benchmark code (GET /api/benchmarks)' };

@ApiTags('benchmarks')
@ApiBadRequestResponse({
  description:
    'Unknown benchmark code (`field: code`), bad input named per field with its index or CSV line ' +
    '(`prices[3].usdPerBarrel`, `line 5: date`); nothing is written',
})
@Controller('benchmarks')
export class BenchmarksController {
  constructor(private readonly benchmarks: BenchmarksService) {}

  @Get()
  @ApiOperation({
    summary: 'The benchmarks (Brent, Dubai/Oman, Urals, WTI and any an admin defined), with their price span',
  })
  @ApiOkResponse({ type: [BenchmarkDto] })
  list(): Promise<Benchmark[]> {
    return this.benchmarks.list();
  }

  @Put(':code')
  @Roles('admin')
  @ApiOperation({
    summary: 'Define a benchmark or change its name and note (admin; audited)',
    description: 'frequency monthly (default) or daily; it cannot change once the series holds prices (409).',
  })
  @ApiParam(CODE_PARAM)
  @ApiBody({ type: BenchmarkInputDto })
  @ApiOkResponse({ type: BenchmarkDto })
  @ApiConflictResponse({ description: 'A frequency change on a series that holds prices' })
  define(@Param('code') code: string, @Body() body: unknown): Promise<Benchmark> {
    const errors = validateBenchmarkInput(body);
    if (errors.length > 0) throw new FieldValidationException(errors);
    return this.benchmarks.define(code, body as BenchmarkInput);
  }

  @Get(':code/prices')
  @ApiOperation({ summary: "A benchmark's prices by date (USD per barrel)" })
  @ApiParam(CODE_PARAM)
  @ApiOkResponse({ type: BenchmarkPriceListDto })
  prices(@Param('code') code: string, @Query() query: BenchmarkPricesQueryDto): Promise<BenchmarkPriceList> {
    return this.benchmarks.prices(code, query);
  }

  @Put(':code/prices')
  @ApiOperation({
    summary: 'Store benchmark prices (upsert by date, up to 10,000, all or nothing; audited)',
    description:
      `JSON \`{ prices: [{ date, usdPerBarrel }] }\`, or a CSV file (Content-Type: text/csv, or the multipart ` +
      `field \`file\`) with the header \`${BENCHMARK_PRICES_CSV_HEADER}\`. A monthly series takes dates as YYYY-MM ` +
      '(or the 1st of the month), a daily one YYYY-MM-DD. Prices must be > 0 with at most 4 decimals; a date ' +
      'twice in one upload is refused. Errors name the item (`prices[3].usdPerBarrel`) or the CSV line ' +
      '(`line 5: usd_per_barrel`). Discounts in GET /api/analytics/prices use the new prices at once.',
  })
  @ApiParam(CODE_PARAM)
  @ApiConsumes('application/json', 'text/csv', 'multipart/form-data')
  @ApiExtraModels(BenchmarkPricesUpsertRequestDto)
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(BenchmarkPricesUpsertRequestDto) },
        { type: 'string', example: `${BENCHMARK_PRICES_CSV_HEADER}\n2023-05,75.47\n2023-06,74.84\n` },
      ],
    },
  })
  @ApiOkResponse({ type: BenchmarkPricesUpsertResultDto })
  @ApiPayloadTooLargeResponse({ description: 'Body over the JSON limit, or a CSV over 1 MB' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Neither JSON nor CSV' })
  async upsertPrices(
    @Param('code') code: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Body() body: unknown,
  ): Promise<BenchmarkPricesUpsertResult> {
    if (request.is(['application/json', 'application/*+json'])) {
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new FieldValidationException([
          { field: 'body', message: 'must be a JSON object { "prices": [...] }' },
        ]);
      }
      const unknown = Object.keys(body)
        .filter((key) => key !== 'prices')
        .map((key) => ({ field: key, message: 'unknown field' }));
      return this.benchmarks.upsertPrices(code, (body as { prices?: unknown }).prices, undefined, unknown);
    }
    try {
      const records = await readPriceCsv(openCsvUpload(request, BENCHMARK_CSV_MAX_BYTES));
      const parsed = parseBenchmarkPricesCsv(records);
      if (parsed.errors.length > 0 && parsed.prices.length === 0) {
        await this.benchmarks.get(code);
        throw new FieldValidationException(parsed.errors, 'Nothing was stored');
      }
      return await this.benchmarks.upsertPrices(
        code,
        parsed.prices,
        csvPriceFields(parsed.lines),
        parsed.errors,
      );
    } catch (error) {
      if (!request.complete) response.setHeader('Connection', 'close');
      throw error;
    }
  }
}
