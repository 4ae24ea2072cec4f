import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { SHIPMENT_COPY_COLUMNS } from './synthetic-shipments';

/**
 * Streams COPY-text lines into `shipments`, one COPY statement (and so one run of the rollup's
 * statement trigger) per `rowsPerStatement` rows. Lines are joined into ~1 MB chunks first:
 * pg-copy-streams is slow when fed many tiny writes (node-pg-copy-streams #127).
 */
export async function copyShipmentLines(
  client: Client,
  lines: Iterable<string>,
  options: { rowsPerStatement?: number; rowsPerChunk?: number } = {},
): Promise<number> {
  const rowsPerStatement = options.rowsPerStatement ?? 100_000;
  const rowsPerChunk = options.rowsPerChunk ?? 4_000;
  const iterator = lines[Symbol.iterator]();
  let copied = 0;
  let exhausted = false;
  while (!exhausted) {
    let inStatement = 0;
    function* chunks(): Generator<string> {
      while (inStatement < rowsPerStatement) {
        const batch: string[] = [];
        while (batch.length < rowsPerChunk && inStatement < rowsPerStatement) {
          const next = iterator.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          batch.push(next.value);
          inStatement++;
        }
        if (batch.length) yield `${batch.join('\n')}\n`;
        if (exhausted) return;
      }
    }
    const stream = client.query(copyFrom(`COPY shipments (${SHIPMENT_COPY_COLUMNS.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(chunks()), stream);
    copied += inStatement;
  }
  return copied;
}
