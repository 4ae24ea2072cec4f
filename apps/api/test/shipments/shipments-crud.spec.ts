import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

describe('shipments: create, read, update, delete', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.pool.query('DELETE FROM shipments'));

  it('creates a shipment and answers 201 with the stored record and its barrels', async () => {
    const body = aShipmentInput({
      reference: 'PK-RU-CRUDE-2023-001',
      originCountry: 'RU',
      volumeTonnes: 45000,
      valueAmount: 128000000.5,
      paymentCurrency: 'CNY',
    });
    const response = await t.http.post('/api/shipments', body);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ ...body, volumeBarrels: 329850 });
    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(response.body.createdAt)).not.toBeNaN();
    const { rows } = await t.db.pool.query(
      'SELECT volume_tonnes, volume_barrels, value_amount FROM shipments WHERE id = $1',
      [response.body.id],
    );
    expect(rows[0]).toEqual({
      volume_tonnes: '45000.000',
      volume_barrels: '329850.000',
      value_amount: '128000000.50',
    });
  });

  it('fills defaults: status delivered, empty transit, null optionals', async () => {
    const response = await t.http.post('/api/shipments', {
      reference: 'MINIMAL-1',
      commodity: 'lpg',
      originCountry: 'QA',
      transportMode: 'sea',
      volumeTonnes: 12000.125,
      arrivalDate: '2024-01-31',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'delivered',
      transitCountries: [],
      valueAmount: null,
      paymentCurrency: null,
      vesselImo: null,
      volumeBarrels: 139201.45,
    });
  });

  it('is idempotent by reference: an identical retry answers 200 with the same record', async () => {
    const body = aShipmentInput();
    const first = await t.http.post('/api/shipments', body);
    const retry = await t.http.post('/api/shipments', body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipments');
    expect(rows[0].n).toBe(1);
  });

  it('answers 409 when the reference exists with a different body, and changes nothing', async () => {
    const body = aShipmentInput({ volumeTonnes: 1000 });
    const first = await t.http.post('/api/shipments', body);
    const conflicting = await t.http.post('/api/shipments', { ...body, volumeTonnes: 2000 });
    expect(conflicting.status).toBe(409);
    expect(conflicting.body.message).toMatch(/volumeTonnes/);
    expect(conflicting.body.errors).toEqual([{ field: 'volumeTonnes', message: expect.any(String) }]);
    const stored = await t.http.get(`/api/shipments/${first.body.id}`);
    expect(stored.body).toEqual(first.body);
  });

  it('concurrent identical POSTs make exactly one row', async () => {
    const body = aShipmentInput();
    const answers = await Promise.all(Array.from({ length: 8 }, () => t.http.post('/api/shipments', body)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipments');
    expect(rows[0].n).toBe(1);
  });

  it('reads one shipment; 404 for an unknown id, 400 for a malformed one', async () => {
    const created = await t.http.post('/api/shipments', aShipmentInput());
    expect((await t.http.get(`/api/shipments/${created.body.id}`)).body.reference).toBe(
      created.body.reference,
    );
    const unknown = await t.http.get('/api/shipments/00000000-0000-0000-0000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/No shipment/);
    const malformed = await t.http.get('/api/shipments/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it('patches fields, recomputes barrels, and keeps the rest', async () => {
    const created = await t.http.post('/api/shipments', aShipmentInput({ volumeTonnes: 1000 }));
    const patched = await t.http.patch(`/api/shipments/${created.body.id}`, {
      volumeTonnes: 2000,
      commodity: 'lpg',
      notes: 'revised',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      volumeTonnes: 2000,
      volumeBarrels: 23200,
      commodity: 'lpg',
      notes: 'revised',
      originCountry: created.body.originCountry,
    });
    expect(Date.parse(patched.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.body.updatedAt));
  });

  it('rejects a patch that breaks a rule of the merged shipment, and changes nothing', async () => {
    const created = await t.http.post(
      '/api/shipments',
      aShipmentInput({ departureDate: '2023-05-25', arrivalDate: '2023-06-02' }),
    );
    const response = await t.http.patch(`/api/shipments/${created.body.id}`, { arrivalDate: '2023-05-01' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('departureDate');
    const bad = await t.http.patch(`/api/shipments/${created.body.id}`, { volumeTonnes: 0, shipName: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'shipName',
      'volumeTonnes',
    ]);
    const renamed = await t.http.patch(`/api/shipments/${created.body.id}`, { reference: 'OTHER' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors).toEqual([{ field: 'reference', message: 'cannot be changed' }]);
    expect((await t.http.get(`/api/shipments/${created.body.id}`)).body).toEqual(created.body);
  });

  it('patch and delete answer 404 for an unknown id', async () => {
    const id = '00000000-0000-0000-0000-000000000001';
    expect((await t.http.patch(`/api/shipments/${id}`, { notes: 'x' })).status).toBe(404);
    expect((await t.http.delete(`/api/shipments/${id}`)).status).toBe(404);
    expect((await t.http.delete('/api/shipments/123')).status).toBe(400);
  });

  it('deletes with 204 and the row is gone', async () => {
    const created = await t.http.post('/api/shipments', aShipmentInput());
    expect((await t.http.delete(`/api/shipments/${created.body.id}`)).status).toBe(204);
    expect((await t.http.get(`/api/shipments/${created.body.id}`)).status).toBe(404);
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipments');
    expect(rows[0].n).toBe(0);
  });
});
