import { lookup } from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ResolveAll } from '../../src/common/host-resolver';
import { aReport } from '../support/report-factory';
import { FAST_JOBS_ENV, waitForRuns } from '../support/report-runs';
import { startTestApp, type TestApp } from '../support/test-app';

/** A webhook receiver on loopback that counts the requests reaching it; `/hang` never answers. */
async function startReceiver(): Promise<{ server: Server; port: number; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    request.resume();
    if (request.url !== '/hang') request.on('end', () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, paths };
}

async function closeAll(t: TestApp, server: Server): Promise<void> {
  await t.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

describe('webhook delivery: a name that resolves to loopback', () => {
  // What a DNS rebinding attacker arranges: a name that looks public when the report is saved and
  // resolves to the server's own loopback when the webhook is called.
  const REBOUND = 'hooks.rebound.example';
  const resolveHost: ResolveAll = (hostname, options, callback) =>
    hostname === REBOUND
      ? callback(null, [{ address: '127.0.0.1', family: 4 }])
      : lookup(hostname, options, callback);
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp({}, FAST_JOBS_ENV, { resolveHost });
  });
  afterAll(() => closeAll(t, receiver.server));

  it('passes the save check, is refused at delivery without a retry, and no request reaches the receiver', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ params: { window: 'all' }, webhookUrl: `http://${REBOUND}:${receiver.port}/hook` }),
    );
    expect(report.status).toBe(201);

    await t.http.post(`/api/reports/${report.body.id}/run`);
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'failed');
    expect(run).toMatchObject({
      status: 'succeeded',
      deliveryStatus: 'failed',
      deliveryAttempts: 1,
      deliveryError: `webhookUrl may not point to ${REBOUND}: it resolves to 127.0.0.1, not a public address. Webhooks may only call the public internet unless the server allows it (REPORT_WEBHOOK_ALLOWED_HOSTS or REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK)`,
    });
    expect(receiver.paths).toEqual([]);
  });
});

describe('webhook delivery: REPORT_WEBHOOK_TIMEOUT_MS', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApp(
      {},
      {
        ...FAST_JOBS_ENV,
        REPORT_WEBHOOK_RETRY_LIMIT: '0',
        REPORT_WEBHOOK_TIMEOUT_MS: '300',
        REPORT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
      },
    );
  });
  afterAll(() => closeAll(t, receiver.server));

  it('counts a receiver that does not answer within the limit as a failed delivery, naming the limit', async () => {
    const report = await t.http.post(
      '/api/reports',
      aReport({ params: { window: 'all' }, webhookUrl: `http://127.0.0.1:${receiver.port}/hang` }),
    );
    expect(report.status).toBe(201);

    await t.http.post(`/api/reports/${report.body.id}/run`);
    const [run] = await waitForRuns(t, report.body.id, 1, (r) => r.deliveryStatus === 'failed');
    expect(run).toMatchObject({ status: 'succeeded', deliveryStatus: 'failed', deliveryAttempts: 1 });
    expect(run!.deliveryError).toContain('no answer within 300 ms');
    expect(receiver.paths).toEqual(['/hang']);
  });
});
