import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { startTestApp, type TestApp } from '../support/test-app';
import { CSV_HEADER, csvFile, csvLine } from '../support/shipment-csv';
import { aShipmentCsvRow } from '@tradeflow/domain/testing';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** A valid shipment CSV of `totalBytes`, generated on the fly as it is read (never held in memory). */
function generatedCsv(totalBytes: number): Readable {
  const template = csvLine(aShipmentCsvRow({ reference: 'GEN-REFERENCE-0000000000' }));
  let sent = 0;
  let row = 0;
  return new Readable({
    read() {
      if (sent >= totalBytes) return void this.push(null);
      let chunk = sent === 0 ? `${CSV_HEADER}\n` : '';
      while (chunk.length < 256 * 1024) {
        row += 1;
        chunk += `${template.replace('GEN-REFERENCE-0000000000', `GEN-${String(row).padStart(20, '0')}`)}\n`;
      }
      const bytes = Buffer.from(chunk).subarray(0, totalBytes - sent);
      sent += bytes.length;
      this.push(bytes);
    },
  });
}

describe('POST /api/shipments/import size limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ importMaxBytes: 10_000 });
  });
  afterAll(() => t.close());

  async function shipmentCount(): Promise<number> {
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipments');
    return rows[0].n;
  }

  const tooLarge = /larger than the limit of 10000 bytes \(IMPORT_MAX_BYTES\); nothing was imported/;
  const bigFile = () => csvFile(Array.from({ length: 100 }, () => aShipmentCsvRow()));

  it('a file under the limit is imported', async () => {
    const response = await t.http.post('/api/shipments/import', csvFile([aShipmentCsvRow()]), {
      'content-type': 'text/csv',
    });
    expect(response.status).toBe(200);
    await t.db.pool.query('DELETE FROM shipments');
  });

  it('413 up front when Content-Length is over the limit', async () => {
    const response = await t.http.post('/api/shipments/import', bigFile(), { 'content-type': 'text/csv' });
    expect(response.status).toBe(413);
    expect(response.body.message).toMatch(tooLarge);
    expect(await shipmentCount()).toBe(0);
  });

  it('413 while streaming a chunked body without Content-Length', async () => {
    const response = await fetch(`${t.baseUrl}/api/shipments/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${t.adminToken}` },
      body: Readable.toWeb(Readable.from([Buffer.from(bigFile())])) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string; inserted: number }).message).toMatch(tooLarge);
    expect(await shipmentCount()).toBe(0);
  });

  it('413 for a multipart file over the limit', async () => {
    const form = new FormData();
    form.append('file', new Blob([bigFile()], { type: 'text/csv' }), 'big.csv');
    const response = await fetch(`${t.baseUrl}/api/shipments/import?mode=partial`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${t.adminToken}` },
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string; inserted: number }).message).toMatch(tooLarge);
    expect(await shipmentCount()).toBe(0);
  });
});

describe('POST /api/shipments/import of a 1 GB stream cut off after a few MB', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ importMaxBytes: 2 * GIB });
  });
  afterAll(() => t.close());

  // The full-size run (128 MB sent, server memory read from /proc) is apps/api-e2e/src/import-cut-off.spec.ts.
  it('rolls back, writes nothing, releases its connection and leaves the server healthy', async () => {
    const cutAfter = 4 * MIB;

    const outcome = await new Promise<string>((resolve) => {
      const url = new URL('/api/shipments/import', t.baseUrl);
      const request = httpRequest(url, {
        method: 'POST',
        headers: {
          'content-type': 'text/csv',
          'content-length': GIB,
          authorization: `Bearer ${t.adminToken}`,
        },
      });
      request.on('response', (response) => resolve(`answered ${response.statusCode} before the cut`));
      request.on('error', () => resolve('cut'));
      const body = generatedCsv(GIB);
      let sent = 0;
      body.on('data', (chunk: Buffer) => {
        sent += chunk.length;
        if (sent >= cutAfter) {
          body.destroy();
          request.destroy();
          resolve('cut');
        }
      });
      body.pipe(request);
    });
    expect(outcome).toBe('cut');

    // The server notices the cut, rolls back the COPY and gives its connection back to the pool.
    await waitFor(async () => {
      const { rows } = await t.db.pool.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
      );
      return rows[0].n === 0;
    });

    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipments');
    expect(rows[0].n).toBe(0);
    expect((await t.http.get('/api/health')).status).toBe(200);
    const small = await t.http.post('/api/shipments/import', csvFile([aShipmentCsvRow()]), {
      'content-type': 'text/csv',
    });
    expect(small.body.inserted).toBe(1);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
