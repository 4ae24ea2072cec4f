import { type ReportFormat, type TableColumnKind, tableCellValue } from '@tradeflow/domain';
import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { ChunkBatcher } from './chunk-batcher';
import { csvStringifier } from './csv-format';

/** What a table file holds besides its rows: the "About" sheet of a workbook. */
export interface TableSpec {
  header: readonly string[];
  kinds: readonly TableColumnKind[];
  /** Label and text pairs: filters, window, units, conversion factors, creation time. */
  about: ReadonlyArray<readonly [string, string]>;
  /** Adds a UTF-8 byte order mark to a CSV (Excel then reads non-Latin text). */
  bom?: boolean;
}

export const CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function formatOfFileName(fileName: string): ReportFormat {
  return fileName.endsWith('.xlsx') ? 'xlsx' : 'csv';
}

/**
 * The end of a streaming pipeline that takes rows of CSV cells (string[]) and writes them to
 * `sink` as a CSV (raw values, as the import reads them) or as an XLSX workbook.
 */
export function tableTail(format: ReportFormat, spec: TableSpec, sink: Writable): Writable[] {
  if (format === 'xlsx') return [new XlsxTableSink(spec, sink)];
  return [csvStringifier(spec.header, spec.bom ?? false), new ChunkBatcher(), sink];
}

/** What exceljs writes a streamed sheet's XML into before the zip deflates it (its internals). */
interface SheetEntryStreams {
  stream?: {
    pipes?: { _writableState?: { needDrain?: boolean }; once(event: 'drain', listener: () => void): void }[];
  };
}

/**
 * exceljs's sheet stream (a StreamBuf) writes into the zip entry's PassThrough without ever waiting
 * for it, so when deflating is slower than making rows the XML piles up there (70 MB after 100k
 * rows): the entry that needs draining, if any, is where the rows must wait.
 */
function zipEntryNeedingDrain(
  sheet: ExcelJS.Worksheet,
): { once(event: 'drain', listener: () => void): void } | undefined {
  const pipes = (sheet as unknown as SheetEntryStreams).stream?.pipes ?? [];
  return pipes.find((pipe) => pipe._writableState?.needDrain === true);
}

/** Rows whose widths set the column widths (a streamed sheet fixes them before its first row). */
const WIDTH_SAMPLE_ROWS = 200;
const MAX_WIDTH = 60;

/**
 * Writes rows into an exceljs streaming workbook (WorkbookWriter): each row is committed, and so
 * flushed to the zip, as soon as it is added, so memory stays flat whatever the row count. Numbers
 * are numbers, dates are dates; the header row is bold and frozen; the widths fit the header and
 * the first rows. A second sheet "About" says what the file holds.
 */
export class XlsxTableSink extends Writable {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheet: ExcelJS.Worksheet | undefined;
  private sample: string[][] = [];

  constructor(
    private readonly spec: TableSpec,
    private readonly sink: Writable,
  ) {
    super({ objectMode: true, highWaterMark: 64 });
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: sink,
      useStyles: true,
      useSharedStrings: false,
      // Fast deflate: compressing is the slow step of a large workbook.
      zip: { zlib: { level: 1 } },
    });
    this.workbook.creator = 'tradeflow';
    sink.once('error', (error) => this.destroy(error));
    sink.once('close', () => {
      if (!sink.writableFinished)
        this.destroy(Object.assign(new Error('premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    });
  }

  override _write(row: string[], _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    try {
      if (!this.sheet) {
        this.sample.push(row);
        if (this.sample.length >= WIDTH_SAMPLE_ROWS) this.open();
        callback();
        return;
      }
      this.add(row);
      const full = this.sink.writableNeedDrain ? this.sink : zipEntryNeedingDrain(this.sheet);
      if (full) full.once('drain', () => callback());
      else callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _final(callback: (error?: Error | null) => void): void {
    void this.finish().then(() => callback(), callback);
  }

  private async finish(): Promise<void> {
    if (!this.sheet) this.open();
    (this.sheet as ExcelJS.Worksheet).commit();
    const about = this.workbook.addWorksheet('About');
    about.columns = [
      { header: 'About this file', key: 'label', width: 24 },
      { header: '', key: 'text', width: 100 },
    ];
    about.getRow(1).font = { bold: true };
    for (const [label, text] of this.spec.about) about.addRow([label, text]).commit();
    about.commit();
    const finished = new Promise<void>((resolve, reject) => {
      if (this.sink.writableFinished) resolve();
      this.sink.once('finish', resolve);
      this.sink.once('error', reject);
    });
    await this.workbook.commit();
    await finished;
  }

  private open(): void {
    const { header, kinds } = this.spec;
    const widths = header.map((name) => name.length);
    for (const row of this.sample) {
      row.forEach((cell, index) => {
        const length = kinds[index] === 'date' ? 10 : cell.length;
        widths[index] = Math.max(widths[index] ?? 0, length);
      });
    }
    const sheet = this.workbook.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = header.map((name, index) => ({
      header: name,
      key: name,
      width: Math.min(MAX_WIDTH, (widths[index] ?? 8) + 2),
      ...(kinds[index] === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    const headerRow = sheet.getRow(1);
    headerRow.font = { bold: true };
    headerRow.commit();
    this.sheet = sheet;
    for (const row of this.sample) this.add(row);
    this.sample = [];
  }

  private add(cells: readonly string[]): void {
    const { kinds } = this.spec;
    (this.sheet as ExcelJS.Worksheet)
      .addRow(cells.map((cell, index) => tableCellValue(kinds[index] ?? 'text', cell)))
      .commit();
  }
}
