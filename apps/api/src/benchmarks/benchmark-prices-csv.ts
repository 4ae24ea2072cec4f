import { BadRequestException } from '@nestjs/common';
import { MAX_BENCHMARK_PRICES_PER_REQUEST } from '@tradeflow/domain';
import { CsvError } from 'csv-parse';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvLine, csvLineParser, csvSyntaxError } from '../imports/csv/csv-lines';
import { Utf8Guard } from '../imports/csv/utf8-guard';

/** A price CSV of the most prices one upload takes is well under this. */
export const BENCHMARK_CSV_MAX_BYTES = 1024 * 1024;

/** The records of an uploaded price CSV with their lines, by the import's strict RFC 4180 parser. */
export async function readPriceCsv(csv: Readable): Promise<CsvLine[]> {
  const { parser, currentLine } = csvLineParser();
  const records: CsvLine[] = [];
  try {
    await pipeline(csv, new Utf8Guard(), parser, async (source: AsyncIterable<CsvLine>) => {
      for await (const record of source) {
        records.push(record);
        if (records.length > MAX_BENCHMARK_PRICES_PER_REQUEST + 1) {
          throw new BadRequestException(
            `at most ${MAX_BENCHMARK_PRICES_PER_REQUEST} prices per upload; nothing was stored`,
          );
        }
      }
    });
  } catch (error) {
    throw error instanceof CsvError ? csvSyntaxError(error, currentLine()) : error;
  }
  return records;
}
