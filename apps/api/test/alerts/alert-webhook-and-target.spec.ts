import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeClock } from '../support/fake-clock';
import { FAST_JOBS_ENV } from '../support/report-runs';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

interface Received {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('an alert on a stored target, with a webhook', () => {
  let t: TestApp;
  let server: Server;
  let url: string;
  const received: Received[] = [];
  const time = new FakeClock('2026-11-25T03:00:00Z');

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks) });
        response.statusCode = 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    t = await startTestApp(
      {},
      { ...FAST_JOBS_ENV, REPORT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' },
      { clock: time.clock },
    );
    await t.http.post(
      '/api/shipments',
      aShipmentInput({
        originCountry: 'SA',
        volumeTonnes: 60000,
        arrivalDate: '2026-11-10',
        departureDate: '2026-11-01',
        contractDate: '2026-10-01',
      }),
    );
    await t.http.post(
      '/api/shipments',
      aShipmentInput({
        originCountry: 'RU',
        loadPort: 'RUPRI',
        volumeTonnes: 40000,
        arrivalDate: '2026-11-12',
        departureDate: '2026-11-01',
        contractDate: '2026-10-01',
      }),
    );
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fires when the target is missed and POSTs a signed JSON message', async () => {
    const target = await t.http.post('/api/targets', {
      name: 'Russian crude at most 30%',
      kind: 'share_max',
      dimension: 'origin',
      key: 'RU',
      commodity: 'crude_oil',
      value: 0.3,
    });
    expect(target.status).toBe(201);
    const alert = await t.http.post('/api/alerts', {
      name: 'Russian target missed',
      metric: 'target',
      params: { targetId: target.body.id },
      window: 'last_30_days',
      cron: '0 7 * * *',
      timezone: 'UTC',
      webhookUrl: url,
    });
    expect(alert.status).toBe(201);
    const secret = alert.body.webhookSecret as string;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    const evaluation = await t.http.post(`/api/alerts/${alert.body.id}/evaluate`);
    expect(evaluation.body).toMatchObject({ state: 'triggered', notification: 'triggered', threshold: 0.3 });
    expect(evaluation.body.value).toBeCloseTo(0.4, 10);

    const [hook] = await waitFor(
      async () => received.slice(),
      (all) => all.length === 1,
    );
    expect(hook!.headers['x-tradeflow-signature']).toBe(
      `sha256=${createHmac('sha256', secret).update(hook!.body).digest('hex')}`,
    );
    expect(hook!.headers['x-tradeflow-event']).toBe('alert.triggered');
    expect(JSON.parse(hook!.body.toString('utf8'))).toMatchObject({
      event: 'alert.triggered',
      alert: { id: alert.body.id, name: 'Russian target missed', metric: 'target' },
      evaluation: { state: 'triggered', threshold: 0.3 },
    });
  });

  it('refuses a target that does not exist with 400 naming params.targetId', async () => {
    const alert = await t.http.post('/api/alerts', {
      name: 'No such target',
      metric: 'target',
      params: { targetId: '00000000-0000-4000-8000-000000000000' },
      cron: '0 7 * * *',
      timezone: 'UTC',
    });
    expect(alert.status).toBe(201);
    const evaluation = await t.http.post(`/api/alerts/${alert.body.id}/evaluate`);
    expect(evaluation.status).toBe(400);
    expect(evaluation.body.errors).toEqual([
      { field: 'params.targetId', message: expect.stringMatching(/no target/) },
    ]);
    expect((await t.http.get(`/api/alerts/${alert.body.id}/evaluations`)).body.items).toEqual([]);
  });

  it('refuses a single commodity code instead of a list with 400 naming params.filters.commodity, on create and on change, saving nothing', async () => {
    const alertCount = async () => (await t.db.pool.query('SELECT count(*)::int AS n FROM alerts')).rows[0].n;
    const definition = {
      name: 'HHI of crude',
      metric: 'hhi',
      params: { filters: { commodity: ['crude_oil'] } },
      operator: 'above',
      threshold: 2500,
      cron: '0 7 * * *',
      timezone: 'UTC',
    };
    const expected = [
      {
        field: 'params.filters.commodity',
        message: 'must be a list of codes, not a single code: write ["crude_oil"]',
      },
    ];
    const before = await alertCount();
    const created = await t.http.post('/api/alerts', {
      ...definition,
      params: { filters: { commodity: 'crude_oil' } },
    });
    expect(created.status).toBe(400);
    expect(created.body.errors).toEqual(expected);
    expect(await alertCount()).toBe(before);

    const alert = await t.http.post('/api/alerts', definition);
    expect(alert.status).toBe(201);
    const changed = await t.http.patch(`/api/alerts/${alert.body.id}`, {
      params: { filters: { commodity: 'crude_oil' } },
    });
    expect(changed.status).toBe(400);
    expect(changed.body.errors).toEqual(expected);
    expect((await t.http.get(`/api/alerts/${alert.body.id}`)).body.params).toEqual(definition.params);
  });

  it('refuses a loopback webhook the server does not allow, saving nothing', async () => {
    const response = await t.http.post('/api/alerts', {
      name: 'Local hook',
      metric: 'hhi',
      params: {},
      operator: 'above',
      threshold: 2500,
      cron: '0 7 * * *',
      timezone: 'UTC',
      webhookUrl: 'http://localhost:9/hook',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'webhookUrl', message: expect.stringMatching(/localhost/) },
    ]);
  });
});
