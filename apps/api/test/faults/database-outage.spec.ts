import { Pool } from 'pg';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { type OwnPostgresApp, startAppOnOwnPostgres } from '../support/own-postgres-app';
import { HttpClient } from '../support/test-app';

jest.setTimeout(180_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The app runs against its own PostgreSQL, which the test crashes (pg_ctl stop -m immediate: no
 * checkpoint, WAL recovery on start) and restarts while clients keep writing. Clients do what the
 * README tells them: on 503 or a broken connection, send the same body again.
 */
describe('PostgreSQL crashes and comes back while clients write', () => {
  let t: OwnPostgresApp;
  let admin: HttpClient;
  let editor: HttpClient;
  let anonymous: HttpClient;

  beforeAll(async () => {
    t = await startAppOnOwnPostgres();
    ({ admin, anonymous } = t);
    const key = await admin.post('/api/api-keys', { name: 'fault-writer', role: 'editor' });
    editor = new HttpClient(t.baseUrl, { authorization: `Bearer ${key.body.key}` });
  });

  afterAll(() => t?.close());

  it('answers 503 while down, recovers by itself, keeps every acknowledged write exactly once', async () => {
    const statuses = new Map<number | string, number>();
    const count = (status: number | string) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const acknowledged = new Set<string>();
    let stopWriting = false;

    // The API key writer goes through the database for authentication too; the token writer does not.
    const writeUntilAcknowledged = async (client: HttpClient, body: ReturnType<typeof aShipmentInput>) => {
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline) {
        let status: number | string;
        try {
          status = (await client.post('/api/shipments', body)).status;
        } catch (error) {
          status = `network: ${(error as Error).message}`;
        }
        count(status);
        if (status === 201 || status === 200) {
          acknowledged.add(body.reference);
          return;
        }
        if (status !== 503 && typeof status === 'number') throw new Error(`unexpected ${status}`);
        await sleep(50);
      }
      throw new Error(`${body.reference} was never acknowledged`);
    };
    const writer = async (name: string, client: HttpClient, retryAfterSuccess = false) => {
      for (let n = 0; !stopWriting; n++) {
        const body = aShipmentInput({ reference: `FAULT-${name}-${n}` });
        await writeUntilAcknowledged(client, body);
        // A client that never saw the answer sends the same body again: 200, no second row.
        if (retryAfterSuccess) await writeUntilAcknowledged(client, body);
        await sleep(5);
      }
    };
    const waitForAcks = async (atLeast: number) => {
      while (acknowledged.size < atLeast) await sleep(20);
    };
    const writers = [
      writer('a', admin, true),
      writer('b', admin),
      writer('c', editor, true),
      writer('d', editor),
    ];

    await waitForAcks(40);
    await t.postgres.stop('immediate');
    const ackedBeforeRestart = acknowledged.size;

    // Down: everything that needs the database says 503, health included, never 500.
    const health = await anonymous.get('/api/health');
    expect(health.status).toBe(503);
    const list = await admin.get('/api/shipments');
    expect(list.status).toBe(503);
    expect(list.body).toMatchObject({ statusCode: 503, message: expect.stringMatching(/database/) });
    expect((await editor.get('/api/shipments')).status).toBe(503);
    await sleep(1500);

    await t.postgres.start();
    const restartedAt = Date.now();
    let healthy = false;
    while (!healthy && Date.now() - restartedAt < 60_000) {
      healthy = (await anonymous.get('/api/health')).status === 200;
      if (!healthy) await sleep(25);
    }
    expect(healthy).toBe(true);
    const recoveryMs = Date.now() - restartedAt;
    await waitForAcks(ackedBeforeRestart + 40);
    stopWriting = true;
    await Promise.all(writers);

    const pool = new Pool({ connectionString: t.postgres.urlFor('tradeflow'), max: 1 });
    try {
      const { rows } = await pool.query<{ reference: string }>('SELECT reference FROM shipments');
      const stored = rows.map((row) => row.reference);
      expect(stored.length).toBe(new Set(stored).size);
      expect(new Set(stored)).toEqual(acknowledged);
      const audit = await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'shipment.create'`,
      );
      expect(audit.rows[0]?.n).toBe(stored.length);
    } finally {
      await pool.end();
    }

    const seen = Object.fromEntries(statuses);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(
      [...statuses.keys()].filter((status) => typeof status === 'number' && status >= 500 && status !== 503),
    ).toEqual([]);
    // The figures for the report: acknowledged writes, what clients saw, and the time to recover.
    console.log(
      `database outage: ${acknowledged.size} writes acknowledged and all present once; answers ${JSON.stringify(seen)}; healthy ${recoveryMs} ms after PostgreSQL was back`,
    );
  });
});
