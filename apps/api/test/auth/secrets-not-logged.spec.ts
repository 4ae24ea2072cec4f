import { Writable } from 'node:stream';
import { A_PASSWORD, signIn } from '../support/credentials';
import { HttpClient, startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/** Every log line the app writes, at the most talkative level. */
class LogCapture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('no password, key, token, cookie or hash ever reaches the log', () => {
  let t: TestApp;
  const logs = new LogCapture();

  beforeAll(async () => {
    t = await startTestApp({}, { LOG_LEVEL: 'trace' }, { logDestination: logs });
  });
  afterAll(() => t.close());

  it('redacts everything secret while still logging the requests', async () => {
    const secrets: string[] = [t.adminToken, A_PASSWORD];

    await t.http.post('/api/users', { username: 'analyst', password: A_PASSWORD, role: 'viewer' });
    const { cookie } = await signIn(t, 'analyst');
    secrets.push(cookie.split('=')[1] as string);
    const wrongPassword = 'wrong horse battery staple';
    secrets.push(wrongPassword);
    await t.anonymous.post('/api/auth/login', { username: 'analyst', password: wrongPassword });
    const { rows } = await t.db.pool.query(`SELECT password_hash FROM users WHERE username = 'analyst'`);
    secrets.push(rows[0].password_hash);

    const created = await t.http.post('/api/api-keys', { name: 'logged?', role: 'editor' });
    const key: string = created.body.key;
    secrets.push(key);
    const withKey = new HttpClient(t.baseUrl, { authorization: `Bearer ${key}` });
    await withKey.get('/api/shipments?limit=1');
    await withKey.post('/api/shipments', { reference: 'X', password: 'body-secret-value-123' });
    secrets.push('body-secret-value-123');
    await new HttpClient(t.baseUrl, { cookie }).get('/api/auth/me');
    await t.anonymous.get('/api/shipments?token=query-secret-value-456');
    secrets.push('query-secret-value-456');

    // A failing write whose query parameters hold a password hash: the error is logged, the hash not.
    await t.db.pool.query(`
      CREATE FUNCTION refuse_users() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by test'; END $$;
      CREATE TRIGGER refuse_users BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION refuse_users();`);
    const failed = await t.http.post('/api/users', {
      username: 'second',
      password: 'another long passphrase',
      role: 'viewer',
    });
    expect(failed.status).toBe(500);
    secrets.push('another long passphrase');

    // The log stream is written asynchronously: wait for the failed request's line, then read all.
    await waitFor(
      async () => logs.text,
      (text) => /POST \/api\/users failed/.test(text),
    );
    expect(logs.text).toMatch(/"msg":"request completed"/);
    expect(logs.text).toMatch(/signed in/);
    expect(logs.text).toMatch(/failed sign-in/);
    expect(logs.text).toMatch(/POST \/api\/users failed/);
    expect(logs.text).toMatch(/\[redacted\]/);
    for (const secret of secrets) expect(logs.text).not.toContain(secret);
    expect(logs.text).not.toMatch(/\$argon2id\$/);
    expect(logs.text).not.toMatch(/tf_[A-Za-z0-9_-]{43}/);
  });
});
