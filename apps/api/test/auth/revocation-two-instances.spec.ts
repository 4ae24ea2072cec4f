import type { Role } from '@tradeflow/domain';
import { A_PASSWORD, createUser, signIn } from '../support/credentials';
import { HttpClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * Callers are cached in each process (CredentialsService), and every change that can end a caller
 * bumps a version in PostgreSQL that each request checks. Two instances on one database: a
 * change made through one, or straight in the database, holds on the very next request to either.
 */
describe('revocation with cached callers, two instances on one database', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({}, {}, { sharedDb: first.db });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  /** A new API key, and a client sending it to the given instance. */
  const newKey = async (name: string, role: Role) => {
    const created = await first.http.post('/api/api-keys', { name, role });
    expect(created.status).toBe(201);
    const headers = { authorization: `Bearer ${created.body.key}` };
    return { id: created.body.id as string, on: (t: TestApp) => new HttpClient(t.baseUrl, headers) };
  };

  it('refuses a revoked API key on the next request to either instance', async () => {
    const key = await newKey('revoked-next-request', 'viewer');
    // Both instances have the key cached now.
    for (let i = 0; i < 3; i++) {
      expect((await key.on(first).get('/api/auth/me')).status).toBe(200);
      expect((await key.on(second).get('/api/auth/me')).status).toBe(200);
    }
    expect((await first.http.delete(`/api/api-keys/${key.id}`)).status).toBe(204);

    const onSecond = await key.on(second).get('/api/auth/me');
    expect(onSecond.status).toBe(401);
    expect(onSecond.body.message).toBe('The API key is not valid or has been revoked');
    expect((await key.on(first).get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a key revoked by a statement in the database itself (another process)', async () => {
    const key = await newKey('revoked-in-sql', 'viewer');
    expect((await key.on(second).get('/api/shipments')).status).toBe(200);
    await first.db.pool.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [key.id]);
    expect((await key.on(second).get('/api/shipments')).status).toBe(401);
  });

  it('applies a role change on the next request of a session signed in on the other instance', async () => {
    const id = await createUser(first, 'cached-editor', 'editor');
    const { cookie } = await signIn(first, 'cached-editor');
    const session = new HttpClient(second.baseUrl, { cookie });
    expect((await session.get('/api/auth/me')).body).toMatchObject({ role: 'editor' });

    expect((await first.http.patch(`/api/users/${id}`, { role: 'viewer' })).status).toBe(200);
    expect((await session.get('/api/auth/me')).body).toMatchObject({ role: 'viewer' });
    const write = await session.post('/api/targets', {});
    expect(write.status).toBe(403);
  });

  it('ends a session signed out on one instance on the next request to the other', async () => {
    await createUser(first, 'cached-signout', 'viewer');
    const { cookie } = await signIn(first, 'cached-signout', A_PASSWORD);
    const onSecond = new HttpClient(second.baseUrl, { cookie });
    expect((await onSecond.get('/api/auth/me')).status).toBe(200);

    expect((await new HttpClient(first.baseUrl, { cookie }).post('/api/auth/logout')).status).toBe(204);
    const after = await onSecond.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.message).toBe('Your session has ended: sign in again');
  });

  it('refuses the sessions of a deleted user at once', async () => {
    const id = await createUser(first, 'cached-deleted', 'viewer');
    const { cookie } = await signIn(second, 'cached-deleted');
    const session = new HttpClient(second.baseUrl, { cookie });
    expect((await session.get('/api/auth/me')).status).toBe(200);
    expect((await first.http.delete(`/api/users/${id}`)).status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
  });
});
