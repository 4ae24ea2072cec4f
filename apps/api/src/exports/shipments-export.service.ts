import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SHIPMENT_CSV_COLUMNS, type ShipmentCsvSource, shipmentToCsvCells } from '@tradeflow/domain';
import type { Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { shipmentWhere } from '../shipments/filters/shipment-where';
import { parseSort } from '../shipments/shipment-sort';
import type { ShipmentFilters } from '@tradeflow/domain';
import { ChunkBatcher } from './chunk-batcher';
import { csvStringifier } from './csv-format';

export interface ShipmentsExportOptions extends ShipmentFilters {
  sort?: string;
  bom?: boolean;
}

export interface ExportOutcome {
  rows: number;
}

/**
 * Rows fetched per round trip from the server-side cursor. Small batches keep few row objects in
 * flight, so they die young: with 2,000 the heap grew by ~100 MB over 300k rows before a full GC,
 * with 500 by ~35 MB, and the export was no slower.
 */
const CURSOR_BATCH_ROWS = 500;

/**
 * Streams every shipment matching the filters as CSV, in the import's columns, from a server-side
 * cursor (pg-query-stream) through csv-stringify into `sink`, with backpressure all the way: memory
 * stays flat whatever the number of rows.
 */
@Injectable()
export class ShipmentsExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async writeCsv(options: ShipmentsExportOptions, sink: Writable): Promise<ExportOutcome> {
    const sort = parseSort(options.sort);
    const where = shipmentWhere(options);
    const direction = sort.descending ? 'DESC' : 'ASC';
    const sql = `SELECT ${SHIPMENT_CSV_COLUMNS.map((column) => `s.${column}`).join(', ')}
      FROM shipments s ${where.sql}
      ORDER BY ${sort.column} ${direction}, s.id ${direction}`;

    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    let rows = 0;
    let failed = false;
    try {
      const cursor = client.query(
        new QueryStream(sql, where.params, {
          batchSize: CURSOR_BATCH_ROWS,
          highWaterMark: CURSOR_BATCH_ROWS,
        }),
      );
      const toCells = new Transform({
        objectMode: true,
        transform(row: ShipmentCsvSource, _encoding, callback) {
          rows++;
          callback(null, shipmentToCsvCells(row));
        },
      });
      await pipeline(
        cursor,
        toCells,
        csvStringifier(SHIPMENT_CSV_COLUMNS, options.bom ?? false),
        new ChunkBatcher(),
        sink,
      );
      return { rows };
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // A cursor torn down mid-way (client gone) leaves the connection in an unknown state: drop it.
      client.release(failed);
    }
  }
}
