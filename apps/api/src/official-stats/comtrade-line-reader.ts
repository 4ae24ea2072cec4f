import { BadRequestException } from '@nestjs/common';
import {
  COMTRADE_COLUMNS,
  type ComtradeColumnIndex,
  type ComtradeSkipReason,
  type OfficialFlowInput,
  officialFlowKey,
  parseComtradeLine,
  readComtradeHeader,
} from '@tradeflow/domain';
import { Writable } from 'node:stream';
import type { CsvLine } from '../imports/csv/csv-lines';
import type { ImportRejections } from '../imports/import-rejections';

/**
 * CSV lines in (from csvLineParser): reads the header, then keeps, skips (counted by reason) or
 * rejects each line with the Comtrade rules of libs/domain. A second line of the same flow (importer,
 * partner, HS code, month) is rejected: which of the two is right is not ours to guess. Kept flows
 * are few (a monthly file of two HS codes), so they are held until the merge.
 */
export class ComtradeLineReader extends Writable {
  readonly flows: OfficialFlowInput[] = [];
  readonly skippedByReason: Partial<Record<ComtradeSkipReason, number>> = {};
  skipped = 0;
  private index: ComtradeColumnIndex | null = null;
  private readonly lineOfKey = new Map<string, number>();

  constructor(private readonly rejections: ImportRejections) {
    super({ objectMode: true });
  }

  override _write(
    { line, cells }: CsvLine,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    if (this.index === null) {
      const header = readComtradeHeader(cells);
      if (header.problem !== undefined)
        return callback(new BadRequestException(`${header.problem}; nothing was imported`));
      this.index = header.index;
      return callback();
    }
    if (cells.length === 1 && cells[0] === '') return callback(); // a blank line
    const parsed = parseComtradeLine(cells, this.index);
    if (parsed.kind === 'skipped') {
      this.skipped++;
      this.skippedByReason[parsed.reason] = (this.skippedByReason[parsed.reason] ?? 0) + 1;
    } else if (parsed.kind === 'rejected') {
      this.rejections.add({ line, reference: parsed.reference, errors: parsed.errors });
    } else {
      const key = officialFlowKey(parsed.flow);
      const first = this.lineOfKey.get(key);
      if (first !== undefined) {
        this.rejections.add({
          line,
          reference: null,
          errors: [
            {
              field: 'columns',
              message: `the same reporter, partner, commodity and period as line ${first}`,
            },
          ],
        });
      } else {
        this.lineOfKey.set(key, line);
        this.flows.push(parsed.flow);
      }
    }
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (this.index === null) {
      return callback(
        new BadRequestException(
          `The file is empty: line 1 must be the UN Comtrade+ header (${COMTRADE_COLUMNS.slice(0, 6).join(',')},...); nothing was imported`,
        ),
      );
    }
    callback();
  }
}
