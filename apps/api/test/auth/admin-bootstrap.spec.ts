import { loadConfig } from '../../src/config/app-config';
import { AdminBootstrapService } from '../../src/auth/admin-bootstrap.service';
import { createApp } from '../../src/bootstrap';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { HttpClient } from '../support/test-app';

async function startOn(db: TestDatabase, env: NodeJS.ProcessEnv) {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SAMPLE_DATA: 'false',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
  const app = await createApp(config, db.url);
  await app.listen(0, '127.0.0.1');
  // As main.ts does once the server listens.
  app.get(AdminBootstrapService).printGeneratedPassword();
  const client = new HttpClient((await app.getUrl()).replace('[::1]', '127.0.0.1'));
  return { app, client };
}

/** Runs `work` and answers what the process wrote to stdout meanwhile. */
async function stdoutOf(work: () => Promise<void>): Promise<string> {
  let written = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return written;
}

describe('first access: TRADEFLOW_ADMIN_PASSWORD, TRADEFLOW_ADMIN_TOKEN, or a password printed once', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.drop());

  it('sets the password of user admin from TRADEFLOW_ADMIN_PASSWORD at every start', async () => {
    const first = await startOn(db, { TRADEFLOW_ADMIN_PASSWORD: 'first bootstrap passphrase' });
    try {
      const login = await first.client.post('/api/auth/login', {
        username: 'admin',
        password: 'first bootstrap passphrase',
      });
      expect(login.body).toEqual({ username: 'admin', role: 'admin', via: 'session' });
    } finally {
      await first.app.close();
    }
    const second = await startOn(db, { TRADEFLOW_ADMIN_PASSWORD: 'second bootstrap passphrase' });
    try {
      const old = await second.client.post('/api/auth/login', {
        username: 'admin',
        password: 'first bootstrap passphrase',
      });
      expect(old.status).toBe(401);
      const fresh = await second.client.post('/api/auth/login', {
        username: 'admin',
        password: 'second bootstrap passphrase',
      });
      expect(fresh.status).toBe(200);
    } finally {
      await second.app.close();
    }
    const { rows } = await db.pool.query(
      `SELECT action, actor_name FROM audit_log WHERE entity_type = 'user' ORDER BY id`,
    );
    expect(rows).toEqual([
      { action: 'user.create', actor_name: 'system' },
      { action: 'user.password-reset', actor_name: 'system' },
    ]);
  });

  it('accepts TRADEFLOW_ADMIN_TOKEN as an admin API key and creates no user', async () => {
    const token = 'tf_bootstrap_token_for_this_test_0123456789';
    const { app, client } = await startOn(db, { TRADEFLOW_ADMIN_TOKEN: token });
    try {
      const me = await client.get('/api/auth/me', { authorization: `Bearer ${token}` });
      expect(me.body).toEqual({ username: 'TRADEFLOW_ADMIN_TOKEN', role: 'admin', via: 'api-key' });
      expect((await client.get('/api/auth/me', { authorization: `Bearer ${token}x` })).status).toBe(401);
      expect((await db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0].n).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('with neither, prints a generated admin password once, on the first start only', async () => {
    let started: Awaited<ReturnType<typeof startOn>> | undefined;
    const firstOutput = await stdoutOf(async () => {
      started = await startOn(db, {});
    });
    const password = /password (\S+) \(shown only this once\)/.exec(firstOutput)?.[1];
    expect(password).toBeDefined();
    try {
      const login = await started!.client.post('/api/auth/login', { username: 'admin', password });
      expect(login.status).toBe(200);
    } finally {
      await started!.app.close();
    }
    const secondOutput = await stdoutOf(async () => {
      started = await startOn(db, {});
    });
    await started!.app.close();
    expect(secondOutput).not.toContain(password);
    expect(secondOutput).not.toMatch(/shown only this once/);
    expect((await db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0].n).toBe(1);
  });
});

describe('security settings are checked at start-up', () => {
  it.each([
    [{ TRADEFLOW_ADMIN_TOKEN: 'short' }, /TRADEFLOW_ADMIN_TOKEN must be at least 24 characters/],
    [{ TRADEFLOW_ADMIN_PASSWORD: 'admin' }, /TRADEFLOW_ADMIN_PASSWORD must be at least 12 characters/],
    [{ CORS_ORIGINS: 'https://ok.example,not a url' }, /CORS_ORIGINS: "not a url"/],
    [{ CORS_ORIGINS: 'https://ok.example/path' }, /is not an origin/],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, /RATE_LIMIT_PER_MINUTE must be an integer/],
    [{ COOKIE_SECURE: 'maybe' }, /COOKIE_SECURE must be true or false/],
    [{ TRUST_PROXY: 'everyone' }, /TRUST_PROXY must be/],
  ])('%p stops start-up', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a secret in the message', () => {
    expect(() => loadConfig({ TRADEFLOW_ADMIN_TOKEN: 'tooshort-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('tooshort-secret') }),
    );
  });

  it('reads the allow-list and limits', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      TRUST_PROXY: 'loopback',
      SESSION_IDLE_MINUTES: '999',
      SESSION_MAX_AGE_MINUTES: '60',
    });
    expect(config.security.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(config.security.trustProxy).toBe('loopback');
    expect(config.security.sessionIdleMinutes).toBe(60);
  });
});
