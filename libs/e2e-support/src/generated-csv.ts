import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { Readable } from 'node:stream';

const HEADER = SHIPMENT_CSV_COLUMNS.join(',');
/** The optional columns after `notes`, left empty (the first 18 columns are written below). */
const EMPTY_TAIL = ','.repeat(SHIPMENT_CSV_COLUMNS.length - 18);

/**
 * A valid shipment CSV of exactly `totalBytes` (the last line may be cut), generated as it is read
 * so that even gigabytes never sit in memory. References are GEN-<20 digits>.
 */
export function generatedShipmentCsv(totalBytes: number): Readable {
  let sent = 0;
  let row = 0;
  return new Readable({
    read() {
      if (sent >= totalBytes) return void this.push(null);
      const lines: string[] = sent === 0 ? [HEADER] : [];
      for (let i = 0; i < 1000; i++) {
        row += 1;
        lines.push(
          `GEN-${String(row).padStart(20, '0')},crude_oil,RU,RUULU,PKKHI,sea,,45000.5,130000000,CNY,` +
            `2023-04-20,2023-05-21,2023-06-11,Pure Point,9074729,Pakistan Refinery Ltd,delivered,generated${EMPTY_TAIL}`,
        );
      }
      const bytes = Buffer.from(`${lines.join('\n')}\n`).subarray(0, totalBytes - sent);
      sent += bytes.length;
      this.push(bytes);
    },
  });
}
