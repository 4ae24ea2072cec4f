import { BadRequestException } from '@nestjs/common';
import {
  DEFAULT_PRICE_BASIS,
  chokepointsPassed,
  DEFAULT_SHIPMENT_STATUS,
  parseShipmentCsvLine,
  resolveDestinationCountry,
  restoreCsvCell,
  SHIPMENT_CSV_COLUMNS,
  shipmentCsvHeaderProblem,
  type ShipmentInput,
  TRANSIT_COUNTRIES_SEPARATOR,
} from '@tradeflow/domain';
import { Transform, type TransformCallback } from 'node:stream';
import type { ImportRejections } from '../import-rejections';
import type { CsvLine } from './csv-lines';

/** Flush to COPY in buffers of this size: pg-copy-streams is slow on many tiny chunks (#127). */
const BATCH_BYTES = 512 * 1024;

/**
 * CSV lines in, COPY text out: checks the header, validates each line with the shipment rules,
 * records bad lines in `rejections` and encodes good ones as rows of the staging table
 * (STAGING_COPY_COLUMNS), batched into large buffers.
 */
export class ShipmentCopyEncoder extends Transform {
  /** Lines sent to the staging table. */
  staged = 0;
  private sawHeader = false;
  /** The header's column count: the full contract, or an older file without the optional tail. */
  private columns: number = SHIPMENT_CSV_COLUMNS.length;
  // Rows are written straight into a buffer: no per-row string outlives its line, which keeps the
  // garbage young and the heap small however long the file.
  private batch = Buffer.allocUnsafe(BATCH_BYTES);
  private batchLength = 0;

  /** `homeCountry`: the importing country of lines that name none and have no discharge port. */
  constructor(
    private readonly rejections: ImportRejections,
    private readonly homeCountry: string,
  ) {
    super({ writableObjectMode: true, readableObjectMode: false, writableHighWaterMark: 64 });
  }

  override _transform(
    { line, cells }: CsvLine,
    _encoding: BufferEncoding,
    callback: TransformCallback,
  ): void {
    if (!this.sawHeader) {
      this.sawHeader = true;
      const problem = shipmentCsvHeaderProblem(cells);
      this.columns = cells.length;
      return callback(problem ? new BadRequestException(`${problem}; nothing was imported`) : null);
    }
    if (cells.length === 1 && cells[0] === '') return callback(); // a blank line
    if (cells.length !== this.columns) {
      this.rejections.add({
        line,
        reference: cells[0] ? restoreCsvCell(cells[0]) : null,
        errors: [
          {
            field: 'columns',
            message: `the line has ${cells.length} fields, ${this.columns} expected${cells.length > this.columns ? ' (quote values that contain commas)' : ''}`,
          },
        ],
      });
      return callback();
    }
    const parsed = parseShipmentCsvLine(cells);
    if (!parsed.shipment) {
      this.rejections.add({ line, reference: parsed.reference, errors: parsed.errors });
      return callback();
    }
    const row = copyRow(line, parsed.shipment, this.homeCountry);
    const size = Buffer.byteLength(row, 'utf8');
    if (this.batchLength + size > this.batch.length) this.pushBatch(size);
    this.batchLength += this.batch.write(row, this.batchLength, 'utf8');
    this.staged++;
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (!this.sawHeader) {
      return callback(
        new BadRequestException(
          `The file is empty: line 1 must be the header "${SHIPMENT_CSV_COLUMNS.join(',')}"; nothing was imported`,
        ),
      );
    }
    if (this.batchLength > 0) this.push(this.batch.subarray(0, this.batchLength));
    callback();
  }

  /** Hands the filled part of the buffer to COPY and starts a new one (of at least `next` bytes). */
  private pushBatch(next = 0): void {
    if (this.batchLength > 0) this.push(this.batch.subarray(0, this.batchLength));
    this.batch = Buffer.allocUnsafe(Math.max(BATCH_BYTES, next));
    this.batchLength = 0;
  }
}

/**
 * Staging columns in the order copyRow writes them: the line number, the CSV columns (whose names are
 * the shipments table's), then the chokepoints derived from the line's route.
 */
export const STAGING_COPY_COLUMNS = ['line', ...SHIPMENT_CSV_COLUMNS, 'chokepoints_passed'] as const;

function copyRow(line: number, s: ShipmentInput, homeCountry: string): string {
  const destinationCountry = resolveDestinationCountry(s, homeCountry);
  return `${[
    String(line),
    copyText(s.reference),
    s.commodity,
    s.originCountry,
    copyText(s.loadPort),
    copyText(s.dischargePort),
    s.transportMode,
    (s.transitCountries ?? []).join(TRANSIT_COUNTRIES_SEPARATOR),
    String(s.volumeTonnes),
    s.valueAmount === null || s.valueAmount === undefined ? NULL : String(s.valueAmount),
    copyText(s.paymentCurrency),
    copyText(s.contractDate),
    copyText(s.departureDate),
    s.arrivalDate,
    copyText(s.vesselName),
    copyText(s.vesselImo),
    copyText(s.importer),
    s.status ?? DEFAULT_SHIPMENT_STATUS,
    copyText(s.notes),
    destinationCountry,
    s.priceBasis ?? DEFAULT_PRICE_BASIS,
    s.chokepoints ? s.chokepoints.join(TRANSIT_COUNTRIES_SEPARATOR) : NULL,
    chokepointsPassed({ ...s, destinationCountry }).join(TRANSIT_COUNTRIES_SEPARATOR),
  ].join('\t')}\n`;
}

const NULL = '\\N';
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in PostgreSQL COPY text format: \N for null, backslash escapes for the separators. */
function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return NULL;
  return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] as string) : value;
}
