import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, waitForRuns } from '../support/report-runs';
import { aShipmentInput } from '@tradeflow/domain/testing';
import { startTestApp, type TestApp } from '../support/test-app';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A local webhook receiver: /ok answers 204, /fail answers 500. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
      response.statusCode = request.url === '/ok' ? 204 : 500;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe('report runs: retries and webhook delivery', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    // The receiver listens on loopback, which the SSRF guard refuses unless the server allows it.
    t = await startTestApp({}, { ...FAST_JOBS_ENV, REPORT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    await t.http.post('/api/shipments', aShipmentInput({ reference: 'HOOK-1', notes: 'کراچی, "quoted"' }));
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('POSTs the CSV with a valid HMAC-SHA256 signature of the body', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ params: { window: 'all' }, webhookUrl: `${receiver.url}/ok` }),
    );
    const secret = report.body.webhookSecret as string;
    const accepted = await t.http.post(`/api/reports/${report.body.id}/run`);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ runId: expect.any(String), status: 'queued' });

    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'delivered');
    expect(run).toMatchObject({
      id: accepted.body.runId,
      trigger: 'manual',
      status: 'succeeded',
      deliveryAttempts: 1,
    });
    const hook = receiver.received.filter((r) => r.path === '/ok');
    expect(hook).toHaveLength(1);
    const { headers, body } = hook[0]!;
    expect(headers['x-tradeflow-signature']).toBe(
      `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    );
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(headers['x-tradeflow-run-id']).toBe(run!.id);
    expect(headers['x-tradeflow-report-id']).toBe(report.body.id);
    const file = await t.http.get(`/api/reports/${report.body.id}/runs/${run!.id}/file`);
    expect(body.toString('utf8')).toBe(file.text);
    expect(file.text).toContain('HOOK-1');
  });

  it('retries a failing webhook with backoff, then marks the delivery failed', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ params: { window: 'all' }, webhookUrl: `${receiver.url}/fail` }),
    );
    await t.http.post(`/api/reports/${report.body.id}/run`);
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'failed');
    // The run itself succeeded: its file is there; only the delivery failed, after 1 + 2 retries.
    expect(run).toMatchObject({
      status: 'succeeded',
      deliveryStatus: 'failed',
      deliveryAttempts: 3,
      deliveryError: 'the webhook answered HTTP 500',
    });
    expect(receiver.received.filter((r) => r.path === '/fail')).toHaveLength(3);
  });

  it('refuses, without a retry, a stored webhook the server no longer allows when it is called', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ params: { window: 'all' }, webhookUrl: `${receiver.url}/ok` }),
    );
    // Stored before the guard, or by another route: the delivery checks again (localhost is not allowed).
    const rebound = `${receiver.url.replace('127.0.0.1', 'localhost')}/ok?rebound`;
    await t.db.pool.query('UPDATE reports SET webhook_url = $2 WHERE id = $1', [report.body.id, rebound]);
    const calls = receiver.received.length;

    await t.http.post(`/api/reports/${report.body.id}/run`);
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'failed');
    expect(run).toMatchObject({
      status: 'succeeded',
      deliveryStatus: 'failed',
      deliveryAttempts: 1,
      deliveryError: expect.stringMatching(/^webhookUrl may not point to localhost: a loopback name/),
    });
    expect(receiver.received.length).toBe(calls);
  });

  it('retries a failing run with backoff, then marks it failed', async () => {
    const report = await t.http.post('/api/reports', aReport({ params: { window: 'all' } }));
    await t.db.pool.query('ALTER TABLE shipments RENAME TO shipments_away');
    try {
      await t.http.post(`/api/reports/${report.body.id}/run`);
      const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.status === 'failed');
      expect(run).toMatchObject({
        attempts: 3,
        error: expect.stringMatching(/shipments/),
        finishedAt: expect.any(String),
      });
      const file = await t.http.get(`/api/reports/${report.body.id}/runs/${run!.id}/file`);
      expect(file.status).toBe(404);
      expect(file.body.message).toMatch(/has no file: it is failed/);
    } finally {
      await t.db.pool.query('ALTER TABLE shipments_away RENAME TO shipments');
    }
  });
});

describe('report webhooks with REPORT_WEBHOOK_SECRET', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const secret = 'a-shared-secret-of-the-deployment';

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp(
      {},
      { ...FAST_JOBS_ENV, REPORT_WEBHOOK_SECRET: secret, REPORT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' },
    );
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('signs with the configured secret and never shows one', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ params: { window: 'all' }, webhookUrl: `${receiver.url}/ok` }),
    );
    expect(report.body.webhookSecret).toBeUndefined();
    await t.http.post(`/api/reports/${report.body.id}/run`);
    await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'delivered');
    const { headers, body } = receiver.received[0]!;
    expect(headers['x-tradeflow-signature']).toBe(
      `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    );
  });
});
