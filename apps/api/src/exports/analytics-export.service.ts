import { Injectable } from '@nestjs/common';
import {
  concentrationCsvHeader,
  concentrationCsvRows,
  type ConcentrationQuery,
  timeseriesCsvHeader,
  timeseriesCsvRows,
  type TimeseriesQuery,
} from '@tradeflow/domain';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AnalyticsService } from '../analytics/analytics.service';
import type { ConcentrationQueryDto, TimeseriesQueryDto } from '../analytics/dto/analytics-queries';
import { ChunkBatcher } from './chunk-batcher';
import { csvStringifier } from './csv-format';
import type { ExportOutcome } from './shipments-export.service';

/**
 * The analytics answers as CSV. AnalyticsService aggregates in PostgreSQL and answers a few rows
 * per period (the bucket count is bounded), which are streamed through csv-stringify.
 */
@Injectable()
export class AnalyticsExportService {
  constructor(private readonly analytics: AnalyticsService) {}

  async writeTimeseriesCsv(query: TimeseriesQuery, bom: boolean, sink: Writable): Promise<ExportOutcome> {
    const series = await this.analytics.timeseries(query as TimeseriesQueryDto);
    return write(timeseriesCsvHeader(series), timeseriesCsvRows(series), bom, sink);
  }

  async writeConcentrationCsv(
    query: ConcentrationQuery,
    bom: boolean,
    sink: Writable,
  ): Promise<ExportOutcome> {
    const series = await this.analytics.concentration(query as ConcentrationQueryDto);
    return write(concentrationCsvHeader(series), concentrationCsvRows(series), bom, sink);
  }
}

async function write(
  header: string[],
  lines: Iterable<string[]>,
  bom: boolean,
  sink: Writable,
): Promise<ExportOutcome> {
  let rows = 0;
  function* counted(): Generator<string[]> {
    for (const line of lines) {
      rows++;
      yield line;
    }
  }
  await pipeline(Readable.from(counted()), csvStringifier(header, bom), new ChunkBatcher(), sink);
  return { rows };
}
