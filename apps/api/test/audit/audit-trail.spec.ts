import { clientWithApiKey } from '../support/credentials';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { type HttpClient, startTestApp, type TestApp } from '../support/test-app';

describe('audit trail: who changed which shipment, when, from what to what', () => {
  let t: TestApp;
  let etl: HttpClient;
  let viewer: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    etl = await clientWithApiKey(t, 'editor', 'etl-loader');
    viewer = await clientWithApiKey(t, 'viewer', 'dashboard-reader');
  });
  afterAll(() => t.close());

  it('records create, update and delete with the caller, the request id and before/after', async () => {
    const body = aShipmentInput({ volumeTonnes: 45000 });
    const created = await etl.post('/api/shipments', body, { 'x-request-id': 'req-create-1' });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(
      (await etl.patch(`/api/shipments/${id}`, { volumeTonnes: 45142.5, status: 'in_transit' })).status,
    ).toBe(200);
    expect((await etl.delete(`/api/shipments/${id}`)).status).toBe(204);

    const history = await viewer.get(`/api/shipments/${id}/history`);
    expect(history.status).toBe(200);
    expect(history.body).toEqual([
      expect.objectContaining({
        action: 'shipment.create',
        actorType: 'api-key',
        actorName: 'etl-loader',
        entityType: 'shipment',
        entityId: id,
        before: null,
        after: expect.objectContaining({ reference: body.reference, volumeTonnes: 45000 }),
        requestId: 'req-create-1',
      }),
      expect.objectContaining({
        action: 'shipment.update',
        before: expect.objectContaining({ volumeTonnes: 45000, status: 'delivered' }),
        after: expect.objectContaining({ volumeTonnes: 45142.5, status: 'in_transit' }),
        changedFields: expect.arrayContaining(['volumeTonnes', 'volumeBarrels', 'status']),
        requestId: expect.any(String),
      }),
      expect.objectContaining({
        action: 'shipment.delete',
        before: expect.objectContaining({ volumeTonnes: 45142.5 }),
        after: null,
      }),
    ]);
    expect(history.body[1].changedFields).not.toContain('reference');
  });

  it('records nothing for an idempotent repeat, a conflict, a rejected patch or a missing shipment', async () => {
    const body = aShipmentInput();
    const created = await etl.post('/api/shipments', body);
    const id: string = created.body.id;
    expect((await etl.post('/api/shipments', body)).status).toBe(200);
    expect((await etl.post('/api/shipments', { ...body, volumeTonnes: 1 })).status).toBe(409);
    expect((await etl.patch(`/api/shipments/${id}`, { originCountry: 'XX' })).status).toBe(400);
    expect((await etl.delete('/api/shipments/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    const history = await viewer.get(`/api/shipments/${id}/history`);
    expect(history.body.map((entry: { action: string }) => entry.action)).toEqual(['shipment.create']);
  });

  it('writes nothing for a PATCH that changes nothing (empty, or the stored values again)', async () => {
    const body = aShipmentInput();
    const created = await etl.post('/api/shipments', body);
    const id: string = created.body.id;
    const empty = await etl.patch(`/api/shipments/${id}`, {});
    expect(empty.status).toBe(200);
    expect(empty.body.updatedAt).toBe(created.body.updatedAt);
    const same = await etl.patch(`/api/shipments/${id}`, {
      volumeTonnes: body.volumeTonnes,
      status: body.status,
    });
    expect(same.body.updatedAt).toBe(created.body.updatedAt);
    const history = await viewer.get(`/api/shipments/${id}/history`);
    expect(history.body.map((entry: { action: string }) => entry.action)).toEqual(['shipment.create']);
  });

  it('writes the change and its audit entry in one transaction: no entry, no change', async () => {
    await t.db.pool.query(
      `ALTER TABLE audit_log ADD CONSTRAINT ck_test_refuse_shipment_audit CHECK (entity_type <> 'shipment') NOT VALID`,
    );
    try {
      const body = aShipmentInput();
      const refused = await etl.post('/api/shipments', body);
      // The entry failed (a CHECK violation, answered 400), so the shipment must not exist either.
      expect(refused.status).toBeGreaterThanOrEqual(400);
      const { rows } = await t.db.pool.query(
        'SELECT count(*)::int AS n FROM shipments WHERE reference = $1',
        [body.reference],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await t.db.pool.query('ALTER TABLE audit_log DROP CONSTRAINT ck_test_refuse_shipment_audit');
    }
  });

  it('keeps the audit log append-only, even for direct SQL', async () => {
    await etl.post('/api/shipments', aShipmentInput());
    await expect(t.db.pool.query(`UPDATE audit_log SET actor_name = 'someone else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  describe('GET /api/audit (admin)', () => {
    it('filters by entity, actor, action and time, newest first', async () => {
      const created = await etl.post('/api/shipments', aShipmentInput());
      const byEntity = await t.http.get(`/api/audit?entityType=shipment&entityId=${created.body.id}`);
      expect(byEntity.body.items).toHaveLength(1);
      const byActor = await t.http.get('/api/audit?actor=etl-loader&action=shipment.update');
      expect(byActor.body.items.length).toBeGreaterThan(0);
      expect(
        byActor.body.items.every(
          (entry: { actorName: string; action: string }) =>
            entry.actorName === 'etl-loader' && entry.action === 'shipment.update',
        ),
      ).toBe(true);
      const all = (await t.http.get('/api/audit?limit=500')).body.items as { id: string }[];
      expect(all.map((entry) => Number(entry.id))).toEqual(
        [...all.map((entry) => Number(entry.id))].sort((a, b) => b - a),
      );
      const future = await t.http.get('/api/audit?from=2999-01-01');
      expect(future.body.items).toEqual([]);
      const past = await t.http.get('/api/audit?to=2000-01-01T00:00:00Z');
      expect(past.body.items).toEqual([]);
    });

    it('pages with nextCursor without gaps or repeats', async () => {
      const all = (await t.http.get('/api/audit?limit=500')).body.items.map(
        (entry: { id: string }) => entry.id,
      );
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.http.get(
          `/api/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        paged.push(...page.body.items.map((entry) => entry.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['from=yesterday', 'from'],
      ['cursor=1%20OR%201=1', 'cursor'],
      ['entityType=' + 'x'.repeat(40), 'entityType'],
      ['sort=id', 'sort'],
      // Names every object inherits were once taken as known parameters.
      ['toString=x', 'toString'],
      ['__proto__=x', '__proto__'],
      ['constructor=x', 'constructor'],
    ])('rejects %s naming the field', async (query, field) => {
      const response = await t.http.get(`/api/audit?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('is for admins only; the shipment history is for every signed-in role', async () => {
      expect((await etl.get('/api/audit')).status).toBe(403);
      expect((await viewer.get('/api/audit')).status).toBe(403);
      expect((await t.anonymous.get('/api/audit')).status).toBe(401);
      expect(
        (await t.anonymous.get('/api/shipments/00000000-0000-0000-0000-000000000000/history')).status,
      ).toBe(401);
    });
  });
});
