import { type Role, roleAtLeast } from '@tradeflow/domain';
import { clientWithApiKey } from '../support/credentials';
import { type HttpClient, startTestApp, type TestApp } from '../support/test-app';

type Policy = 'public' | Role;

/**
 * The expected policy of every route that differs from the default (GET/HEAD: viewer, any other
 * method: editor). A route whose decorators disagree with this table fails the matrix below; a
 * route added later is covered automatically, through the OpenAPI document.
 */
const POLICY_EXCEPTIONS: { method: string | '*'; path: RegExp; policy: Policy; why: string }[] = [
  { method: 'GET', path: /^\/api\/health$/, policy: 'public', why: 'load balancers and monitoring' },
  { method: 'POST', path: /^\/api\/auth\/login$/, policy: 'public', why: 'how one signs in' },
  {
    method: 'POST',
    path: /^\/api\/auth\/logout$/,
    policy: 'public',
    why: 'clears the cookie even when expired',
  },
  { method: '*', path: /^\/api\/users(\/|$)/, policy: 'admin', why: 'user management' },
  { method: '*', path: /^\/api\/api-keys(\/|$)/, policy: 'admin', why: 'API key management' },
  { method: '*', path: /^\/api\/audit(\/|$)/, policy: 'admin', why: 'the audit trail' },
  {
    method: 'PUT',
    path: /^\/api\/benchmarks\/\{code\}$/,
    policy: 'admin',
    why: 'an admin adds a benchmark code',
  },
  {
    method: 'PUT',
    path: /^\/api\/risk-scores$/,
    policy: 'admin',
    why: 'supply-risk scores are set by admins',
  },
  {
    method: 'DELETE',
    path: /^\/api\/risk-scores\/\{country\}$/,
    policy: 'admin',
    why: 'supply-risk scores are set by admins',
  },
  {
    method: '*',
    path: /^\/api\/saved-views(\/|$)/,
    policy: 'viewer',
    why: 'every analyst saves views (and deletes their own)',
  },
  {
    method: 'GET',
    path: /^\/api\/report-downloads\/\{token\}$/,
    policy: 'public',
    why: 'e-mailed links to files too large to attach work without signing in (the token is the key)',
  },
  {
    method: 'POST',
    path: /^\/api\/alerts\/preview$/,
    policy: 'viewer',
    why: 'computes a value, writes nothing',
  },
];

/** Express routes that are not API operations: the API description, and middleware catch-alls. */
const NOT_OPERATIONS = [/^\/api\/docs/, /\{\*\w+\}/];

function expectedPolicy(method: string, path: string): Policy {
  const exception = POLICY_EXCEPTIONS.find(
    (entry) => (entry.method === '*' || entry.method === method) && entry.path.test(path),
  );
  if (exception) return exception.policy;
  return method === 'GET' || method === 'HEAD' ? 'viewer' : 'editor';
}

interface Operation {
  method: string;
  path: string;
  url: string;
}

const CALLERS = ['anonymous', 'viewer', 'editor', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

function expectedStatus(policy: Policy, caller: Caller): 'allowed' | 401 | 403 {
  if (policy === 'public') return 'allowed';
  if (caller === 'anonymous') return 401;
  return roleAtLeast(caller, policy) ? 'allowed' : 403;
}

describe('role x endpoint matrix, generated from the live OpenAPI document', () => {
  let t: TestApp;
  let operations: Operation[];
  let clients: Record<Caller, HttpClient>;

  beforeAll(async () => {
    t = await startTestApp();
    const document = (await t.http.get('/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['get', 'head', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({
          method: method.toUpperCase(),
          path,
          // Any path parameter gets a well-formed id that matches nothing: allowed means 404 or 400.
          url: path.replace(/\{[^}]+\}/g, '00000000-0000-0000-0000-000000000000'),
        })),
    );
    clients = {
      anonymous: t.anonymous,
      viewer: await clientWithApiKey(t, 'viewer'),
      editor: await clientWithApiKey(t, 'editor'),
      admin: await clientWithApiKey(t, 'admin'),
    };
  });
  afterAll(() => t.close());

  it('finds the routes of every feature in the document', () => {
    const paths = operations.map((operation) => `${operation.method} ${operation.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/auth/login',
        'GET /api/auth/me',
        'GET /api/shipments',
        'POST /api/shipments',
        'DELETE /api/shipments/{id}',
        'GET /api/shipments/{id}/history',
        'GET /api/users',
        'DELETE /api/api-keys/{id}',
        'GET /api/audit',
      ]),
    );
  });

  it('documents every API route, so that none escapes the matrix', () => {
    const express = t.app.getHttpAdapter().getInstance() as {
      router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    const documented = new Set(operations.map((operation) => `${operation.method} ${operation.path}`));
    const routes = (express.router?.stack ?? [])
      .filter((layer) => layer.route)
      .flatMap((layer) =>
        Object.keys(layer.route!.methods).map(
          (method) => `${method.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`,
        ),
      )
      .filter((route) => route.split(' ')[1]!.startsWith('/api/'))
      .filter((route) => !NOT_OPERATIONS.some((pattern) => pattern.test(route.split(' ')[1]!)));
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('has no stale entry in the exception table', () => {
    const unused = POLICY_EXCEPTIONS.filter(
      (entry) =>
        !operations.some(
          (operation) =>
            (entry.method === '*' || entry.method === operation.method) && entry.path.test(operation.path),
        ),
    );
    expect(unused.map((entry) => `${entry.method} ${entry.path}`)).toEqual([]);
  });

  it('answers 401 without credentials, 403 below the route role, and lets the rest through', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const operation of operations) {
      const policy = expectedPolicy(operation.method, operation.path);
      for (const caller of CALLERS) {
        const expected = expectedStatus(policy, caller);
        const body = ['POST', 'PUT', 'PATCH'].includes(operation.method) ? {} : undefined;
        const response = await clients[caller].request(operation.method, operation.url, body);
        const actual = response.status === 401 || response.status === 403 ? response.status : 'allowed';
        checked += 1;
        if (actual !== expected || response.status >= 500) {
          mismatches.push(
            `${operation.method} ${operation.path} as ${caller}: expected ${expected} (policy ${policy}), got ${response.status} ${response.text.slice(0, 120)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(operations.length * CALLERS.length);
  });
});
