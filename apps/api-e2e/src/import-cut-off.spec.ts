import { generatedShipmentCsv, type ServerProcess, startServerProcess } from '@tradeflow/e2e-support';
import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { request as httpRequest } from 'node:http';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

// The first 18 columns, then the optional ones (from destination_country on) left empty.
const SMALL_CSV =
  `${SHIPMENT_CSV_COLUMNS.join(',')}\n` +
  `AFTER-THE-CUT,lpg,RU,,,road,UZ|AF,812.25,,,,,2024-03-05,,,,,${','.repeat(SHIPMENT_CSV_COLUMNS.length - 18)}\n`;

/**
 * The built product receives the first 128 MB of a declared 1 GB CSV upload, then the client
 * goes away: nothing is written and the server stays healthy. (How much memory an upload costs
 * depends on when V8 collects garbage: that is measured by npm run bench, not asserted here.)
 */
describe('a 1 GB CSV upload cut off in the middle', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess({ env: { SAMPLE_DATA: 'false', IMPORT_MAX_BYTES: String(2 * GIB) } });
  });
  afterAll(() => server.destroy());

  it('writes nothing and keeps the server healthy', async () => {
    const cutAfter = 128 * MIB;

    const outcome = await new Promise<string>((resolve) => {
      const request = httpRequest(new URL('/api/shipments/import', server.baseUrl), {
        method: 'POST',
        headers: {
          'content-type': 'text/csv',
          'content-length': GIB,
          authorization: `Bearer ${server.adminToken}`,
        },
      });
      request.on('response', (response) => resolve(`answered ${response.statusCode} before the cut`));
      request.on('error', () => resolve('cut'));
      const body = generatedShipmentCsv(GIB);
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

    const health = await server.request('/api/health');
    expect(health.status).toBe(200);
    const listing = (await (await server.request('/api/shipments?limit=1')).json()) as {
      total: number;
    };
    expect(listing.total).toBe(0);
    // A new import right after gets a connection and commits.
    const small = await server.request('/api/shipments/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: SMALL_CSV,
    });
    expect(small.status).toBe(200);
    expect(((await small.json()) as { inserted: number }).inserted).toBe(1);
    expect(server.output()).not.toMatch(/"level":50|Error:/);
  });
});
