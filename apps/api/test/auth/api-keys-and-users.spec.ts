import { createHash } from 'node:crypto';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { A_PASSWORD, clientWithApiKey, createUser, signIn } from '../support/credentials';
import { HttpClient, startTestApp, type TestApp } from '../support/test-app';

describe('API keys: created by an admin, shown once, stored hashed, revoked at once', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows the key once; the list and the database never hold it', async () => {
    const created = await t.http.post('/api/api-keys', { name: 'nightly import', role: 'editor' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'nightly import',
      role: 'editor',
      key: expect.any(String),
    });
    const key: string = created.body.key;
    expect(key).toMatch(/^tf_[A-Za-z0-9_-]{43}$/);

    const list = await t.http.get('/api/api-keys');
    expect(list.text).not.toContain(key);
    expect(list.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: created.body.id,
          prefix: key.slice(0, 11),
          createdBy: 'TRADEFLOW_ADMIN_TOKEN',
        }),
      ]),
    );
    const { rows } = await t.db.pool.query('SELECT * FROM api_keys WHERE id = $1', [created.body.id]);
    expect(rows[0].key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(key);
  });

  it('lists when a key was last used: never, then at its first request', async () => {
    const created = await t.http.post('/api/api-keys', { name: 'last-used probe', role: 'viewer' });
    const lastUsed = async () =>
      ((await t.http.get('/api/api-keys')).body as { id: string; lastUsedAt: string | null }[]).find(
        (key) => key.id === created.body.id,
      )?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    const me = await new HttpClient(t.baseUrl, { authorization: `Bearer ${created.body.key}` }).get(
      '/api/auth/me',
    );
    expect(me.status).toBe(200);
    const used = await lastUsed();
    expect(used).toEqual(expect.any(String));
    expect(Date.parse(used as string)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('gives each key exactly its role', async () => {
    const viewer = await clientWithApiKey(t, 'viewer');
    const editor = await clientWithApiKey(t, 'editor');
    expect((await viewer.get('/api/auth/me')).body).toMatchObject({ role: 'viewer', via: 'api-key' });
    expect((await viewer.get('/api/shipments')).status).toBe(200);
    expect((await viewer.post('/api/shipments', aShipmentInput())).status).toBe(403);
    expect((await editor.post('/api/shipments', aShipmentInput())).status).toBe(201);
    expect((await editor.get('/api/api-keys')).status).toBe(403);
    expect((await editor.post('/api/api-keys', { name: 'escalate', role: 'admin' })).status).toBe(403);
  });

  it('stops working on the very next request after revocation', async () => {
    const created = await t.http.post('/api/api-keys', { name: 'to revoke', role: 'viewer' });
    const client = new HttpClient(t.baseUrl, { authorization: `Bearer ${created.body.key}` });
    expect((await client.get('/api/shipments')).status).toBe(200);
    expect((await t.http.delete(`/api/api-keys/${created.body.id}`)).status).toBe(204);
    const after = await client.get('/api/shipments');
    expect(after.status).toBe(401);
    expect(after.body.message).toBe('The API key is not valid or has been revoked');
    expect(after.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await t.http.delete(`/api/api-keys/${created.body.id}`)).status).toBe(404);
    const listed = (await t.http.get('/api/api-keys')).body.find(
      (k: { id: string }) => k.id === created.body.id,
    );
    expect(listed.revokedAt).toEqual(expect.any(String));
  });

  it.each([
    ['Bearer tf_unknownunknownunknownunknownunknownunknownun', /not valid or has been revoked/],
    ['Bearer', /must be "Bearer <API key>"/],
    ['Basic YWRtaW46YWRtaW4=', /must be "Bearer <API key>"/],
    [`Bearer ${'x'.repeat(5000)}`, /not valid/],
  ])('refuses Authorization %p with 401', async (header, message) => {
    const response = await new HttpClient(t.baseUrl, { authorization: header.slice(0, 6000) }).get(
      '/api/shipments',
    );
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(message);
  });

  it('rejects a bad key request, naming the field', async () => {
    const response = await t.http.post('/api/api-keys', { name: ' ', role: 'root' });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'role']);
    expect((await t.http.post('/api/api-keys', { name: 'x', role: 'viewer', extra: 1 })).status).toBe(400);
  });
});

describe('users: created by an admin with a role, password rules, deletion ends their sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a user who can sign in; the answer and the list carry no password or hash', async () => {
    const created = await t.http.post('/api/users', {
      username: 'Editor.One',
      password: A_PASSWORD,
      role: 'editor',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      username: 'editor.one',
      role: 'editor',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const list = await t.http.get('/api/users');
    expect(list.text).not.toMatch(/argon2|password/i);
    const { rows } = await t.db.pool.query('SELECT password_hash FROM users WHERE id = $1', [
      created.body.id,
    ]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const { client } = await signIn(t, 'editor.one');
    expect((await client.post('/api/shipments', aShipmentInput())).status).toBe(201);
  });

  it.each([
    [{ username: 'short-pw', password: 'short', role: 'viewer' }, 'password', /at least 12/],
    [{ username: 'same', password: 'same-same-same-same', role: 'viewer' }, 'password', /username/],
    [{ username: 'bad name', password: A_PASSWORD, role: 'viewer' }, 'username', /may contain only/],
    [{ username: 'role', password: A_PASSWORD, role: 'superuser' }, 'role', /one of viewer, editor, admin/],
    [{ username: 'x'.repeat(65), password: A_PASSWORD, role: 'viewer' }, 'username', /64/],
  ])('rejects %p naming %s, and writes nothing', async (body, field, message) => {
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0].n;
    const response = await t.http.post('/api/users', body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([{ field, message: expect.stringMatching(message) }]),
    );
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM users')).rows[0].n).toBe(before);
  });

  it('answers 409 for a taken username (case-insensitive)', async () => {
    await createUser(t, 'taken', 'viewer');
    const again = await t.http.post('/api/users', { username: 'TAKEN', password: A_PASSWORD, role: 'admin' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ field: 'username', message: 'is taken' }]);
  });

  it('deletes a user and signs them out everywhere at once', async () => {
    const id = await createUser(t, 'leaver', 'viewer');
    const { client } = await signIn(t, 'leaver');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await t.http.delete(`/api/users/${id}`)).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect(
      (await t.db.pool.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [id])).rows[0].n,
    ).toBe(0);
    expect((await t.http.delete(`/api/users/${id}`)).status).toBe(404);
    expect((await t.http.delete('/api/users/not-a-uuid')).status).toBe(400);
  });

  it('changes a role (effective on the next request) and a password (ends their sessions)', async () => {
    const id = await createUser(t, 'promoted', 'viewer');
    const { client } = await signIn(t, 'promoted');
    expect((await client.post('/api/shipments', aShipmentInput())).status).toBe(403);
    const promoted = await t.http.patch(`/api/users/${id}`, { role: 'editor' });
    expect(promoted.body).toMatchObject({ username: 'promoted', role: 'editor' });
    expect((await client.post('/api/shipments', aShipmentInput())).status).toBe(201);

    const reset = await t.http.patch(`/api/users/${id}`, { password: 'a brand new passphrase' });
    expect(reset.status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect(
      (await t.anonymous.post('/api/auth/login', { username: 'promoted', password: A_PASSWORD })).status,
    ).toBe(401);
    await signIn(t, 'promoted', 'a brand new passphrase');

    expect((await t.http.patch(`/api/users/${id}`, { password: 'short' })).status).toBe(400);
    expect((await t.http.patch(`/api/users/${id}`, {})).status).toBe(400);
    expect((await t.http.patch(`/api/users/${id}`, { role: 'root' })).status).toBe(400);
    const actions = (await t.http.get(`/api/audit?entityType=user&entityId=${id}`)).body.items.map(
      (entry: { action: string }) => entry.action,
    );
    expect(actions).toEqual(['user.password-reset', 'user.update', 'user.create']);
  });

  it('does not let an admin delete the account they are signed in with', async () => {
    const id = await createUser(t, 'boss', 'admin');
    const { client } = await signIn(t, 'boss');
    const response = await client.delete(`/api/users/${id}`);
    expect(response.status).toBe(409);
  });

  it('records user and key changes in the audit trail without any secret', async () => {
    const key = await t.http.post('/api/api-keys', { name: 'audited', role: 'viewer' });
    await t.http.delete(`/api/api-keys/${key.body.id}`);
    const audit = await t.http.get('/api/audit?limit=500');
    const actions = audit.body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.create', 'user.delete', 'api-key.create', 'api-key.revoke']),
    );
    expect(audit.text).not.toContain(key.body.key);
    expect(audit.text).not.toMatch(/argon2|"password"|key_?hash/i);
  });
});
