import { startServerProcess } from '@tradeflow/e2e-support';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether a new TCP connection to the port is refused. A new socket each time: an HTTP client would
 * reuse a kept-alive connection opened before the drain, which says nothing about new callers.
 */
const newConnectionRefused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

/**
 * SIGTERM while requests are in flight: the process stops taking connections, lets the open
 * requests finish (they are held up by a table lock the test controls), then stops PostgreSQL and
 * exits 0; what was acknowledged is there after a restart.
 */
describe('SIGTERM drains slow requests before the process exits', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tradeflow-drain-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('answers every request that was in flight, refuses new ones, exits 0, and kept the writes', async () => {
    const server = await startServerProcess({ dataDir, env: { SAMPLE_DATA: 'false', LOG_LEVEL: 'info' } });
    const port = /embedded PostgreSQL listening on 127\.0\.0\.1:(\d+)/.exec(server.output())?.[1];
    expect(port).toBeDefined();
    const url = `postgres://tradeflow:tradeflow@127.0.0.1:${port}/tradeflow`;
    const blocker = new Client({ connectionString: url });
    // A separate session: pg_stat_activity is a snapshot taken once per transaction.
    const observer = new Client({ connectionString: url });
    for (const client of [blocker, observer]) {
      client.on('error', () => undefined);
      await client.connect();
    }
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE shipments IN ACCESS EXCLUSIVE MODE');

      const body = (i: number) =>
        JSON.stringify({
          reference: `DRAIN-${i}`,
          commodity: 'crude_oil',
          originCountry: 'RU',
          transportMode: 'sea',
          volumeTonnes: 1000 + i,
          arrivalDate: '2024-01-15',
        });
      const inFlight = [
        ...[0, 1, 2].map((i) =>
          server.request('/api/shipments', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: body(i),
          }),
        ),
        server.request('/api/shipments?limit=5'),
        server.request('/api/shipments?origin=RU'),
      ];
      // Wait until PostgreSQL shows all of them waiting for the lock (no timing guess).
      const deadline = Date.now() + 30_000;
      for (let waiting = 0; waiting < 5;) {
        if (Date.now() > deadline) throw new Error(`only ${waiting} requests reached the lock`);
        await sleep(50);
        const { rows } = await observer.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'tradeflow'`,
        );
        waiting = rows[0].n;
      }

      const exited = server.stop('SIGTERM');
      // Once the drain has begun, new connections are refused (polled: no timing guess).
      const refusedBy = Date.now() + 30_000;
      for (let refused = false; !refused;) {
        if (Date.now() > refusedBy) throw new Error('the draining server still accepts connections');
        refused = await newConnectionRefused(server.port);
        if (!refused) await sleep(50);
      }
      expect(server.output()).toMatch(/received SIGTERM: draining requests/);
      await blocker.query('COMMIT');

      const answers = await Promise.all(inFlight);
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 200, 200]);
      expect(await exited).toBe(0);
      expect(server.output()).toMatch(/received SIGTERM: draining requests/);
    } finally {
      await blocker.end().catch(() => undefined);
      await observer.end().catch(() => undefined);
      await server.stop('SIGKILL');
    }

    const restarted = await startServerProcess({ dataDir, env: { SAMPLE_DATA: 'false' } });
    try {
      const page = (await (await restarted.request('/api/shipments?q=DRAIN-')).json()) as { total: number };
      expect(page.total).toBe(3);
    } finally {
      await restarted.stop();
    }
  });
});
