import { Logger } from '@nestjs/common';
import { createServer, type Server, type Socket } from 'node:net';
import { Client, Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from '../../src/common/all-exceptions.filter';
import { isDatabaseUnavailable } from '../../src/common/database-errors';
import { freePort } from '../../src/database/embedded-postgres-server';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { waitFor } from '../support/wait-for';

/** Real errors from node-postgres, produced the way production meets them, and how they are answered. */
async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function statusFor(error: unknown): number {
  let status = 0;
  const response = {
    headersSent: false,
    status: (code: number) => {
      status = code;
      return { json: () => undefined };
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({}) }) };
  new AllExceptionsFilter().catch(error, host as never);
  return status;
}

/** A TCP server that accepts connections and then does `behaviour` with them. */
async function fakeServer(behaviour: (socket: Socket) => void): Promise<{ port: number; server: Server }> {
  const server = createServer(behaviour);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, server };
}

describe('database errors: unreachable, hanging, exhausted or killed means 503, a bad query does not', () => {
  let db: TestDatabase;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.destroy());
    await db.drop();
  });

  const expectUnavailable = (error: unknown) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], error as Error))).toBe(true);
    expect(statusFor(error)).toBe(503);
  };

  it('connection refused (PostgreSQL not running)', async () => {
    const port = await freePort();
    const error = await errorOf(() => new Client({ host: '127.0.0.1', port }).connect());
    expect((error as { code?: string }).code).toBe('ECONNREFUSED');
    expectUnavailable(error);
  });

  it('connection timeout (a server that never answers)', async () => {
    const { port, server } = await fakeServer((socket) => sockets.push(socket));
    const pool = new Pool({ host: '127.0.0.1', port, connectionTimeoutMillis: 200 });
    pool.on('error', () => undefined);
    try {
      const error = await errorOf(() => pool.query('SELECT 1'));
      expectUnavailable(error);
    } finally {
      await pool.end().catch(() => undefined);
      server.close();
    }
  });

  it('pool exhausted for longer than the connection timeout', async () => {
    // Long enough for the first connection on a loaded machine (a new backend is a fork and a login).
    const pool = new Pool({ connectionString: db.url, max: 1, connectionTimeoutMillis: 2000 });
    const held = await pool.connect();
    try {
      const error = await errorOf(() => pool.query('SELECT 1'));
      expect(String((error as Error).message)).toMatch(/timeout exceeded when trying to connect/);
      expectUnavailable(error);
    } finally {
      held.release();
      await pool.end();
    }
  });

  it('connection closed by the server mid-conversation', async () => {
    const { port, server } = await fakeServer((socket) => socket.destroy());
    try {
      const client = new Client({ host: '127.0.0.1', port });
      client.on('error', () => undefined);
      const error = await errorOf(() => client.connect());
      expectUnavailable(error);
    } finally {
      server.close();
    }
  });

  it('backend terminated by an administrator or a shutdown (57P01)', async () => {
    const victim = new Client({ connectionString: db.url });
    victim.on('error', () => undefined);
    await victim.connect();
    const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')).rows;
    const sleeping = errorOf(() => victim.query('SELECT pg_sleep(30)'));
    // Terminated while its query runs, not before it started (polled: no timing guess).
    await waitFor(
      async () =>
        (await db.pool.query('SELECT state FROM pg_stat_activity WHERE pid = $1', [pid])).rows[0]?.state,
      (state) => state === 'active',
    );
    await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
    const error = await sleeping;
    expect((error as { code?: string }).code).toBe('57P01');
    expectUnavailable(error);
    await victim.end().catch(() => undefined);
  });

  it('a bad query is not an outage (and not answered 503)', async () => {
    const error = await errorOf(() => db.pool.query('SELEC 1'));
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(statusFor(new QueryFailedError('SELEC 1', [], error as Error))).toBe(500);
  });
});
