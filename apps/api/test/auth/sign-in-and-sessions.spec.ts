import { createHash } from 'node:crypto';
import { A_PASSWORD, createUser, signIn } from '../support/credentials';
import { HttpClient, startTestApp, type TestApp } from '../support/test-app';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('signing in with a password: session cookie, expiry, sign-out', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, { SESSION_IDLE_MINUTES: '30', SESSION_MAX_AGE_MINUTES: '480' });
    await createUser(t, 'analyst', 'viewer');
  });
  afterAll(() => t.close());

  it('answers who signed in and sets an HttpOnly, SameSite=Lax cookie that lives as long as the session', async () => {
    const response = await t.anonymous.post('/api/auth/login', { username: 'Analyst', password: A_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ username: 'analyst', role: 'viewer', via: 'session' });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^tradeflow_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=28800/);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it('stores only the SHA-256 of the session token', async () => {
    const { cookie } = await signIn(t, 'analyst');
    const token = cookie.split('=')[1] as string;
    const { rows } = await t.db.pool.query('SELECT token_hash FROM sessions');
    expect(rows.map((row) => row.token_hash)).toContain(sha256(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('lets the cookie read (viewer) but not write (editor needed)', async () => {
    const { client } = await signIn(t, 'analyst');
    expect((await client.get('/api/auth/me')).body).toEqual({
      username: 'analyst',
      role: 'viewer',
      via: 'session',
    });
    expect((await client.get('/api/shipments')).status).toBe(200);
    const write = await client.post('/api/shipments', {});
    expect(write.status).toBe(403);
    expect(write.body.message).toMatch(/needs the editor role; analyst has viewer/);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await t.anonymous.post('/api/auth/login', {
      username: 'analyst',
      password: 'not the password',
    });
    const unknown = await t.anonymous.post('/api/auth/login', { username: 'nobody', password: A_PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe('Wrong username or password');
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    await t.db.pool.query('DELETE FROM login_failures');
  });

  it('rejects a sign-in body that is not JSON or lacks fields, naming the field', async () => {
    const form = await t.anonymous.post('/api/auth/login', 'username=analyst&password=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const missing = await t.anonymous.post('/api/auth/login', { username: 'analyst' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
    );
  });

  it('signs out: the session row is deleted, the cookie cleared, and the old cookie no longer works', async () => {
    const { client, cookie } = await signIn(t, 'analyst');
    const before = await t.db.pool.query('SELECT count(*)::int AS n FROM sessions WHERE token_hash = $1', [
      sha256(cookie.split('=')[1] as string),
    ]);
    expect(before.rows[0].n).toBe(1);
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/tradeflow_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await t.db.pool.query('SELECT count(*)::int AS n FROM sessions WHERE token_hash = $1', [
      sha256(cookie.split('=')[1] as string),
    ]);
    expect(after.rows[0].n).toBe(0);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.message).toMatch(/session has ended/);
  });

  it('ends a session after the idle time without requests', async () => {
    const { client, cookie } = await signIn(t, 'analyst');
    await t.db.pool.query(
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`,
      [sha256(cookie.split('=')[1] as string)],
    );
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('keeps an active session alive by moving its last activity', async () => {
    const { client, cookie } = await signIn(t, 'analyst');
    const hash = sha256(cookie.split('=')[1] as string);
    await t.db.pool.query(
      `UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE token_hash = $1`,
      [hash],
    );
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const { rows } = await t.db.pool.query(
      `SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM sessions WHERE token_hash = $1`,
      [hash],
    );
    expect(rows[0].fresh).toBe(true);
  });

  it('ends a session at its absolute expiry however active it is', async () => {
    const { client, cookie } = await signIn(t, 'analyst');
    await t.db.pool.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [sha256(cookie.split('=')[1] as string)],
    );
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ignores a forged cookie', async () => {
    const forged = new HttpClient(t.baseUrl, {
      cookie: 'tradeflow_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect((await forged.get('/api/shipments')).status).toBe(401);
  });

  it('refuses a cookie-authenticated write sent from another site (Origin check)', async () => {
    await createUser(t, 'clerk', 'editor');
    const { client } = await signIn(t, 'clerk');
    const crossSite = await client.post('/api/shipments', {}, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.message).toMatch(/Cross-site request/);
    const sameSite = await client.post('/api/shipments', {}, { origin: t.baseUrl });
    expect(sameSite.status).toBe(400);
  });
});

describe('cookie Secure flag', () => {
  it('is set behind an https proxy (TRUST_PROXY) in auto mode, and always with COOKIE_SECURE=true', async () => {
    const t = await startTestApp({}, { TRUST_PROXY: 'true' });
    try {
      await createUser(t, 'analyst', 'viewer');
      const viaProxy = await t.anonymous.post(
        '/api/auth/login',
        { username: 'analyst', password: A_PASSWORD },
        { 'x-forwarded-proto': 'https' },
      );
      expect(viaProxy.headers.get('set-cookie')).toMatch(/; Secure/);
      const plain = await t.anonymous.post('/api/auth/login', { username: 'analyst', password: A_PASSWORD });
      expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/);
    } finally {
      await t.close();
    }
    const forced = await startTestApp({}, { COOKIE_SECURE: 'true' });
    try {
      await createUser(forced, 'analyst', 'viewer');
      const response = await forced.anonymous.post('/api/auth/login', {
        username: 'analyst',
        password: A_PASSWORD,
      });
      expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await forced.close();
    }
  });
});
