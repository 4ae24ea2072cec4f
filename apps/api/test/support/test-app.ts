import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import { createApp } from '../../src/bootstrap';
import type { Clock } from '../../src/common/clock';
import type { ResolveAll } from '../../src/common/host-resolver';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  db: TestDatabase;
  /** Sends the bootstrap admin API key (TRADEFLOW_ADMIN_TOKEN) on every request. */
  http: HttpClient;
  /** Sends no credentials. */
  anonymous: HttpClient;
  adminToken: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** A controllable clock (scheduling tests); the system clock otherwise. */
  clock?: Clock;
  /** Another app's database: a second instance on the same data. close() then leaves it alone. */
  sharedDb?: TestDatabase;
  /** Where logs go instead of stdout (tests capture them to prove no secret is written). */
  logDestination?: DestinationStream;
  /** How the server resolves host names for webhooks (DNS otherwise). */
  resolveHost?: ResolveAll;
}

/** The real application on a fresh database, listening on a free port (tests talk real HTTP). */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  env: NodeJS.ProcessEnv = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const db = options.sharedDb ?? (await createTestDatabase());
  const adminToken = `tf_test_${randomBytes(24).toString('hex')}`;
  const config: AppConfig = {
    ...loadConfig({
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
      SAMPLE_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      TRADEFLOW_ADMIN_TOKEN: adminToken,
      // Tests send many requests from one address; the rate-limit tests set their own limits.
      RATE_LIMIT_PER_MINUTE: '1000000',
      API_KEY_RATE_LIMIT_PER_MINUTE: '1000000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    }),
    ...overrides,
  };
  const app = await createApp(config, db.url, {
    clock: options.clock,
    logDestination: options.logDestination,
    resolveHost: options.resolveHost,
  });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    db,
    http: new HttpClient(baseUrl, { authorization: `Bearer ${adminToken}` }),
    anonymous: new HttpClient(baseUrl),
    adminToken,
    close: async () => {
      await app.close();
      if (!options.sharedDb) await db.drop();
    },
  };
}

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export class HttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>): HttpClient {
    return new HttpClient(this.baseUrl, { ...this.defaultHeaders, ...headers });
  }

  get<T = any>(path: string, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request('GET', path, undefined, headers);
  }
  delete<T = any>(path: string): Promise<HttpResult<T>> {
    return this.request('DELETE', path);
  }
  post<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request('POST', path, body, headers);
  }
  patch<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request('PATCH', path, body, headers);
  }
  put<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request('PUT', path, body, headers);
  }

  /** Objects are sent as JSON; strings and buffers are sent raw (set content-type yourself). */
  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResult<T>> {
    const raw = typeof body === 'string' || body instanceof Uint8Array;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined && !raw ? { 'content-type': 'application/json' } : {}),
        ...this.defaultHeaders,
        ...headers,
      },
      body: body === undefined ? undefined : raw ? (body as string) : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    if (response.headers.get('content-type')?.includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }
}
