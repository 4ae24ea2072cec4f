import { Injectable } from '@nestjs/common';
import {
  CONCENTRATION_CSV_KINDS,
  concentrationCsvHeader,
  concentrationCsvRows,
  type ConcentrationQuery,
  conversionFactors,
  filtersInWords,
  type ReportFormat,
  type TableColumnKind,
  TIMESERIES_CSV_KINDS,
  timeseriesCsvHeader,
  timeseriesCsvRows,
  type TimeseriesQuery,
} from '@tradeflow/domain';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AnalyticsService, type ConcentrationQueryDto, type TimeseriesQueryDto } from '../analytics';
import { aboutEntries } from './about-sheet';
import type { ExportOutcome } from './shipments-export.service';
import { tableTail } from './table-writer';

/**
 * The analytics answers as CSV or XLSX. AnalyticsService aggregates in PostgreSQL and answers a few
 * rows per period (the bucket count is bounded), which are streamed into the file.
 */
@Injectable()
export class AnalyticsExportService {
  constructor(private readonly analytics: AnalyticsService) {}

  async writeTimeseriesCsv(query: TimeseriesQuery, bom: boolean, sink: Writable): Promise<ExportOutcome> {
    return this.writeTimeseries(query, 'csv', bom, sink);
  }

  async writeConcentrationCsv(
    query: ConcentrationQuery,
    bom: boolean,
    sink: Writable,
  ): Promise<ExportOutcome> {
    return this.writeConcentration(query, 'csv', bom, sink);
  }

  async writeTimeseries(
    query: TimeseriesQuery,
    format: ReportFormat,
    bom: boolean,
    sink: Writable,
  ): Promise<ExportOutcome> {
    const series = await this.analytics.timeseries(query as TimeseriesQueryDto);
    const about = aboutEntries({
      contents: `${series.metric} by ${series.groupBy} and ${series.granularity}: ${filtersInWords(query)}`,
      range: query,
      units: `${series.metric}${series.metric === 'kbd' ? ' (thousand barrels per day)' : ''}`,
      factors: series.conversions?.factors ?? conversionFactors(query.commodity),
    });
    return write(
      timeseriesCsvHeader(series),
      TIMESERIES_CSV_KINDS,
      timeseriesCsvRows(series),
      format,
      bom,
      about,
      sink,
    );
  }

  async writeConcentration(
    query: ConcentrationQuery,
    format: ReportFormat,
    bom: boolean,
    sink: Writable,
  ): Promise<ExportOutcome> {
    const series = await this.analytics.concentration(query as ConcentrationQueryDto);
    const about = aboutEntries({
      contents: `Concentration of ${series.dimension} by ${series.granularity}: ${filtersInWords(query)}`,
      range: query,
      units: 'total_tonnes in metric tonnes; hhi 0 to 10,000; top_share 0 to 1',
      factors: conversionFactors(query.commodity),
    });
    return write(
      concentrationCsvHeader(series),
      CONCENTRATION_CSV_KINDS,
      concentrationCsvRows(series),
      format,
      bom,
      about,
      sink,
    );
  }
}

async function write(
  header: string[],
  kinds: readonly TableColumnKind[],
  lines: Iterable<string[]>,
  format: ReportFormat,
  bom: boolean,
  about: Array<[string, string]>,
  sink: Writable,
): Promise<ExportOutcome> {
  let rows = 0;
  function* counted(): Generator<string[]> {
    for (const line of lines) {
      rows++;
      yield line;
    }
  }
  await pipeline([Readable.from(counted()), ...tableTail(format, { header, kinds, about, bom }, sink)]);
  return { rows };
}
