import { databaseFingerprint } from '../support/database-fingerprint';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

const article = {
  documentName: 'News article on the first Russian cargo',
  publisher: 'a newspaper',
  volumeTonnes: 45_000,
  note: 'round figure',
};
const portReport = {
  documentName: 'Discharge report, Karachi',
  publisher: 'Port authority',
  publishedDate: '2023-06-13',
  volumeTonnes: 45_142,
};
const manifest = {
  url: 'https://example.org/manifest/PK-RU-1',
  publisher: 'Importer',
  publishedDate: '2023-06-12',
  volumeTonnes: 45_122,
  valueAmount: 127_500_000,
  paymentCurrency: 'CNY',
};

describe('provenance: a shipment’s sources and its figure of record', () => {
  let t: TestApp;
  let shipmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.http.post(
      '/api/shipments',
      aShipmentInput({
        reference: 'SRC-RU-1',
        originCountry: 'RU',
        volumeTonnes: 45_000,
        valueAmount: 128_000_000,
        paymentCurrency: 'CNY',
        arrivalDate: '2023-06-11',
      }),
    );
    shipmentId = created.body.id;
  });
  afterAll(() => t.close());

  const summaryJune = async () =>
    (await t.http.get('/api/analytics/summary?from=2023-06-01&to=2023-06-30&groupBy=currency')).body;

  it('keeps conflicting figures side by side without changing the shipment', async () => {
    for (const source of [article, portReport, manifest]) {
      const created = await t.http.post(`/api/shipments/${shipmentId}/sources`, source);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...source, shipmentId, isRecord: false });
    }
    const list = await t.http.get(`/api/shipments/${shipmentId}/sources`);
    expect(list.status).toBe(200);
    // Newest published first, undated last.
    expect(list.body.items.map((s: { volumeTonnes: number }) => s.volumeTonnes)).toEqual([
      45_142, 45_122, 45_000,
    ]);
    expect((await t.http.get(`/api/shipments/${shipmentId}`)).body.volumeTonnes).toBe(45_000);
    const listing = await t.http.get('/api/shipments?q=SRC-RU-1');
    expect(listing.body.items[0].sourceCount).toBe(3);
  });

  it('makes one figure the figure of record: the shipment and the analytics follow, the others stay', async () => {
    const sources = (await t.http.get(`/api/shipments/${shipmentId}/sources`)).body.items;
    const report = sources.find((s: { volumeTonnes: number }) => s.volumeTonnes === 45_142);
    const recorded = await t.http.post(`/api/shipments/${shipmentId}/sources/${report.id}/record`);
    expect(recorded.status).toBe(200);
    expect(recorded.body.shipment).toMatchObject({ volumeTonnes: 45_142, volumeBarrels: 330_890.86 });
    expect(recorded.body.sources[0]).toMatchObject({ id: report.id, isRecord: true });
    expect(recorded.body.sources.filter((s: { isRecord: boolean }) => s.isRecord)).toHaveLength(1);
    expect(recorded.body.sources).toHaveLength(3);
    expect((await summaryJune()).totalTonnes).toBe(45_142);

    // Another source with a value: volume and value both become its figures; one record at a time.
    const withValue = sources.find((s: { volumeTonnes: number }) => s.volumeTonnes === 45_122);
    const second = await t.http.post(`/api/shipments/${shipmentId}/sources/${withValue.id}/record`);
    expect(second.body.shipment).toMatchObject({ volumeTonnes: 45_122, valueAmount: 127_500_000 });
    expect(second.body.sources.map((s: { isRecord: boolean }) => s.isRecord)).toEqual([true, false, false]);
    expect((await summaryJune()).totalTonnes).toBe(45_122);
    const { rows } = await t.db.pool.query(
      `SELECT volume_tonnes FROM shipment_monthly_rollup WHERE month = '2023-06-01' AND origin_country = 'RU'`,
    );
    expect(rows).toEqual([{ volume_tonnes: '45122.000' }]);

    const history = (await t.http.get(`/api/shipments/${shipmentId}/history`)).body;
    expect(history.map((entry: { action: string }) => entry.action)).toEqual([
      'shipment.create',
      'shipment.update',
      'shipment.update',
    ]);
    const audit = (await t.http.get('/api/audit?entityType=shipment-source&limit=100')).body.items;
    expect(audit.map((entry: { action: string }) => entry.action).sort()).toEqual([
      'shipment-source.create',
      'shipment-source.create',
      'shipment-source.create',
      'shipment-source.record',
      'shipment-source.record',
    ]);
  });

  it('refuses bad sources with a 400 naming the field, and unknown shipments or sources with a 404, writing nothing', async () => {
    const before = await databaseFingerprint(t.db.pool);
    const cases: [Record<string, unknown>, string][] = [
      [{ publisher: 'nobody' }, 'url'],
      [{ url: 'ftp://example.org/x' }, 'url'],
      [{ documentName: 'x', volumeTonnes: -1 }, 'volumeTonnes'],
      [{ documentName: 'x', valueAmount: 5 }, 'paymentCurrency'],
      [{ documentName: 'x', isRecord: true }, 'isRecord'],
    ];
    for (const [body, field] of cases) {
      const response = await t.http.post(`/api/shipments/${shipmentId}/sources`, body);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const unknown = '00000000-0000-0000-0000-000000000000';
    expect((await t.http.post(`/api/shipments/${unknown}/sources`, article)).status).toBe(404);
    expect((await t.http.get(`/api/shipments/${unknown}/sources`)).status).toBe(404);
    expect((await t.http.post(`/api/shipments/${shipmentId}/sources/${unknown}/record`)).status).toBe(404);
    expect((await t.http.delete(`/api/shipments/${shipmentId}/sources/${unknown}`)).status).toBe(404);
    expect((await t.http.get('/api/shipments/not-a-uuid/sources')).status).toBe(400);
    expect(await databaseFingerprint(t.db.pool)).toEqual(before);

    const noFigure = await t.http.post(`/api/shipments/${shipmentId}/sources`, {
      documentName: 'Photo of the ship',
    });
    const afterCreate = await databaseFingerprint(t.db.pool);
    const refused = await t.http.post(`/api/shipments/${shipmentId}/sources/${noFigure.body.id}/record`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'sourceId', message: 'reports no volume or value' }]);
    expect(await databaseFingerprint(t.db.pool)).toEqual(afterCreate);
    await t.http.delete(`/api/shipments/${shipmentId}/sources/${noFigure.body.id}`);
  });

  it('deletes a source (audited) and all of them with their shipment', async () => {
    const sources = (await t.http.get(`/api/shipments/${shipmentId}/sources`)).body.items;
    const notRecord = sources.find((s: { isRecord: boolean }) => !s.isRecord);
    expect((await t.http.delete(`/api/shipments/${shipmentId}/sources/${notRecord.id}`)).status).toBe(204);
    expect((await t.http.get(`/api/shipments/${shipmentId}/sources`)).body.items).toHaveLength(2);
    expect((await t.http.get(`/api/shipments/${shipmentId}`)).body.volumeTonnes).toBe(45_122);

    expect((await t.http.delete(`/api/shipments/${shipmentId}`)).status).toBe(204);
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipment_sources');
    expect(rows[0].n).toBe(0);
  });

  it('empties the sources when the shipments table is truncated', async () => {
    const created = await t.http.post('/api/shipments', aShipmentInput());
    await t.http.post(`/api/shipments/${created.body.id}/sources`, article);
    await t.db.pool.query('TRUNCATE shipments');
    const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM shipment_sources');
    expect(rows[0].n).toBe(0);
  });
});
