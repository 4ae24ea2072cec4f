import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { A_PASSWORD, clientWithApiKey, createUser } from '../support/credentials';
import { HttpClient, startTestApp, type TestApp } from '../support/test-app';

const wrong = { username: 'analyst', password: 'not the password at all' };
const right = { username: 'analyst', password: A_PASSWORD };

describe('lock-out of a username after repeated failed sign-ins (kept in PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { LOGIN_LOCKOUT_ATTEMPTS: '3', LOGIN_LOCKOUT_MINUTES: '15' });
    await createUser(t, 'analyst', 'viewer');
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.pool.query('DELETE FROM login_failures'));

  it('locks after 3 failures, then refuses even the right password with 429 and Retry-After', async () => {
    expect((await t.anonymous.post('/api/auth/login', wrong)).status).toBe(401);
    expect((await t.anonymous.post('/api/auth/login', wrong)).status).toBe(401);
    const third = await t.anonymous.post('/api/auth/login', wrong);
    expect(third.status).toBe(429);
    expect(third.body.message).toMatch(/Too many failed sign-ins for this username: try again in 15 minutes/);
    const locked = await t.anonymous.post('/api/auth/login', right);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(locked.headers.get('set-cookie')).toBeNull();
  });

  it('holds the lock on another instance sharing the database', async () => {
    for (let i = 0; i < 3; i++) await t.anonymous.post('/api/auth/login', wrong);
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SAMPLE_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      LOGIN_LOCKOUT_ATTEMPTS: '3',
      TRADEFLOW_ADMIN_TOKEN: t.adminToken,
    });
    const other = await createApp(config, t.db.url);
    await other.listen(0, '127.0.0.1');
    try {
      const otherClient = new HttpClient((await other.getUrl()).replace('[::1]', '127.0.0.1'));
      expect((await otherClient.post('/api/auth/login', right)).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('lets the user in again once the lock has run out, and a success clears the count', async () => {
    for (let i = 0; i < 3; i++) await t.anonymous.post('/api/auth/login', wrong);
    await t.db.pool.query(
      `UPDATE login_failures SET locked_until = now() - interval '1 second', window_started_at = now() - interval '16 minutes'`,
    );
    expect((await t.anonymous.post('/api/auth/login', right)).status).toBe(200);
    expect((await t.db.pool.query('SELECT * FROM login_failures')).rowCount).toBe(0);
  });

  it('starts a new count when failures are further apart than the window', async () => {
    await t.anonymous.post('/api/auth/login', wrong);
    await t.anonymous.post('/api/auth/login', wrong);
    await t.db.pool.query(`UPDATE login_failures SET window_started_at = now() - interval '16 minutes'`);
    expect((await t.anonymous.post('/api/auth/login', wrong)).status).toBe(401);
    const { rows } = await t.db.pool.query('SELECT failed_count, locked_until FROM login_failures');
    expect(rows).toEqual([{ failed_count: 1, locked_until: null }]);
  });

  it('locks usernames that do not exist the same way, so a lock-out reveals nothing', async () => {
    const ghost = { username: 'ghost', password: 'whatever it may be' };
    await t.anonymous.post('/api/auth/login', ghost);
    await t.anonymous.post('/api/auth/login', ghost);
    const third = await t.anonymous.post('/api/auth/login', ghost);
    expect(third.status).toBe(429);
  });

  it('leaves API keys working for a locked username (machine clients are not affected)', async () => {
    for (let i = 0; i < 3; i++) await t.anonymous.post('/api/auth/login', { ...wrong, username: 'admin' });
    expect((await t.http.get('/api/users')).status).toBe(200);
  });
});

describe('rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(
      {},
      { RATE_LIMIT_PER_MINUTE: '5', API_KEY_RATE_LIMIT_PER_MINUTE: '8', LOGIN_RATE_LIMIT_PER_MINUTE: '3' },
    );
  });
  afterAll(() => t.close());

  it('allows 3 sign-in attempts a minute per address, then answers 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await t.anonymous.post('/api/auth/login', { username: `u${i}`, password: 'x' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await t.anonymous.post('/api/auth/login', { username: 'u9', password: 'x' });
    expect(limited.body.message).toMatch(/Too many requests: at most 3 a minute/);
    expect(Number(limited.headers.get('retry-after-login'))).toBeGreaterThan(0);
  });

  it('counts each API key on its own, with the API-key limit', async () => {
    const first = await clientWithApiKey(t, 'viewer');
    const second = await clientWithApiKey(t, 'viewer');
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await first.get('/api/reference/currencies')).status);
    expect(statuses.slice(0, 8).every((status) => status === 200)).toBe(true);
    expect(statuses[8]).toBe(429);
    expect((await second.get('/api/reference/currencies')).status).toBe(200);
  });

  it('limits anonymous callers per address (401s count too), but never /api/health', async () => {
    const anonymous = t.anonymous.withHeaders({});
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await anonymous.get('/api/shipments')).status);
    expect(statuses).toContain(429);
    for (let i = 0; i < 10; i++) expect((await anonymous.get('/api/health')).status).toBe(200);
  });
});
