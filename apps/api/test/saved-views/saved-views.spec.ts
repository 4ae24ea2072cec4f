import { clientWithApiKey } from '../support/credentials';
import { type HttpClient, startTestApp, type TestApp } from '../support/test-app';

const pilot = {
  name: 'Russian crude pilot, June 2023',
  path: '/',
  query: 'from=2023-06-01&to=2023-06-30&origin=RU',
};

describe('saved views', () => {
  let t: TestApp;
  let viewer: HttpClient;
  let otherViewer: HttpClient;
  let admin: HttpClient;

  const sql = async (text: string, params: unknown[] = []) => (await t.db.pool.query(text, params)).rows;
  const stored = async () =>
    (await sql('SELECT name, path, query, owner_name FROM saved_views ORDER BY name')) as {
      name: string;
      path: string;
      query: string;
      owner_name: string;
    }[];
  const auditCount = async () =>
    Number(
      (
        (await sql(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'saved-view'`)) as [{ n: string }]
      )[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    viewer = await clientWithApiKey(t, 'viewer', 'analyst-key');
    otherViewer = await clientWithApiKey(t, 'viewer', 'other-analyst-key');
    admin = await clientWithApiKey(t, 'admin', 'admin-key');
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await sql('DELETE FROM saved_views');
  });

  it('lets a viewer save a view; the list answers it with who saved it and when, and the save is audited', async () => {
    const before = await auditCount();
    const created = await viewer.post('/api/saved-views', { ...pilot, query: `?${pilot.query}` });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: pilot.name,
      path: '/',
      query: pilot.query,
      createdBy: { type: 'api-key', name: 'analyst-key' },
    });
    expect(Date.parse(created.body.createdAt)).not.toBeNaN();
    const list = await otherViewer.get('/api/saved-views');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([created.body]);
    expect(await auditCount()).toBe(before + 1);
    const [entry] = (await sql(
      `SELECT action, actor_name, entity_id FROM audit_log WHERE entity_type = 'saved-view' ORDER BY id DESC LIMIT 1`,
    )) as { action: string; actor_name: string; entity_id: string }[];
    expect(entry).toEqual({
      action: 'saved-view.create',
      actor_name: 'analyst-key',
      entity_id: created.body.id,
    });
  });

  it('lists the newest first', async () => {
    for (const name of ['first', 'second', 'third']) {
      expect((await viewer.post('/api/saved-views', { name, path: '/flows' })).status).toBe(201);
      await sql(`UPDATE saved_views SET created_at = now() - interval '1 hour' * $1 WHERE name = $2`, [
        { first: 3, second: 2, third: 1 }[name],
        name,
      ]);
    }
    const names = (await viewer.get('/api/saved-views')).body.items.map(
      (view: { name: string }) => view.name,
    );
    expect(names).toEqual(['third', 'second', 'first']);
  });

  it('answers 409 for a name the team already uses, whatever its case, and keeps the first', async () => {
    expect((await viewer.post('/api/saved-views', pilot)).status).toBe(201);
    const before = await auditCount();
    const duplicate = await otherViewer.post('/api/saved-views', {
      name: `  ${pilot.name.toUpperCase()} `,
      path: '/shipments',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual([{ field: 'name', message: expect.stringContaining('taken') }]);
    expect(await stored()).toEqual([
      { name: pilot.name, path: '/', query: pilot.query, owner_name: 'analyst-key' },
    ]);
    expect(await auditCount()).toBe(before);
  });

  it.each([
    ['name', { ...pilot, name: '' }, 'name'],
    ['name', { ...pilot, name: '   ' }, 'name'],
    ['name', { ...pilot, name: 'x'.repeat(81) }, 'name'],
    ['name', { path: '/', query: '' }, 'name'],
    ['path', { ...pilot, path: '/api/shipments' }, 'path'],
    ['path', { ...pilot, path: 'https://evil.example/' }, 'path'],
    ['query', { ...pilot, query: 'from=2023-06-01&colour=red' }, 'query'],
    ['query', { ...pilot, query: 42 }, 'query'],
    ['an unknown field', { ...pilot, owner: 'someone' }, 'owner'],
  ])('answers 400 naming %s and writes nothing', async (_what, body, field) => {
    const before = await auditCount();
    const response = await viewer.post('/api/saved-views', body);
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(response.body.message).toContain(field);
    expect(await stored()).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('names the unknown parameter', async () => {
    const response = await viewer.post('/api/saved-views', { ...pilot, query: 'origin=RU&colour=red' });
    expect(response.body.errors).toEqual([{ field: 'query', message: expect.stringContaining('"colour"') }]);
  });

  it('accepts a name of exactly 80 characters', async () => {
    const response = await viewer.post('/api/saved-views', { ...pilot, name: 'n'.repeat(80) });
    expect(response.status).toBe(201);
  });

  it('lets only the owner or an admin delete a view (403 for another viewer, nothing removed)', async () => {
    const mine = (await viewer.post('/api/saved-views', pilot)).body;
    const refused = await otherViewer.delete(`/api/saved-views/${mine.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('analyst-key');
    expect((await stored()).map((view) => view.name)).toEqual([pilot.name]);

    expect((await viewer.delete(`/api/saved-views/${mine.id}`)).status).toBe(204);
    expect(await stored()).toEqual([]);

    const theirs = (await otherViewer.post('/api/saved-views', pilot)).body;
    expect((await admin.delete(`/api/saved-views/${theirs.id}`)).status).toBe(204);
    expect(await stored()).toEqual([]);
    const [entry] = (await sql(
      `SELECT action, actor_name, before->>'name' AS name FROM audit_log WHERE entity_type = 'saved-view' ORDER BY id DESC LIMIT 1`,
    )) as { action: string; actor_name: string; name: string }[];
    expect(entry).toEqual({ action: 'saved-view.delete', actor_name: 'admin-key', name: pilot.name });
  });

  it('answers 404 for a view that does not exist and 400 for an id that is not one', async () => {
    expect((await admin.delete('/api/saved-views/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await admin.delete('/api/saved-views/not-an-id')).status).toBe(400);
  });

  it('needs credentials', async () => {
    expect((await t.anonymous.get('/api/saved-views')).status).toBe(401);
    expect((await t.anonymous.post('/api/saved-views', pilot)).status).toBe(401);
    expect(await stored()).toEqual([]);
  });
});
