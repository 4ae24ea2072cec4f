import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

describe('HTTP security: headers, CORS allow-list, size limits, what stays public', () => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'tradeflow-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
    t = await startTestApp(
      {},
      { CORS_ORIGINS: 'https://dashboard.example', WEB_DIST_DIR: webDir, JSON_BODY_LIMIT_BYTES: '2048' },
    );
  });
  afterAll(async () => {
    await t.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it('sends helmet headers with a CSP that allows only our own scripts', async () => {
    const response = await t.anonymous.get('/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the dashboard and the API description without credentials (the SPA shows its sign-in page)', async () => {
    const home = await t.anonymous.get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('<div id="root">');
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    const docs = await t.anonymous.get('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toMatch(/swagger-ui/);
    const json = await t.anonymous.get('/api/docs-json');
    expect(json.body.components.securitySchemes).toEqual(
      expect.objectContaining({ bearer: expect.any(Object), cookie: expect.any(Object) }),
    );
  });

  it('needs credentials for everything else under /api', async () => {
    for (const path of ['/api/shipments', '/api/reference/countries', '/api/auth/me', '/api/users']) {
      const response = await t.anonymous.get(path);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({
        statusCode: 401,
        error: 'Unauthorized',
        message: expect.any(String),
      });
    }
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const allowed = await t.anonymous.request('OPTIONS', '/api/shipments', undefined, {
      origin: 'https://dashboard.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const refused = await t.anonymous.request('OPTIONS', '/api/shipments', undefined, {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const read = await t.http.get('/api/shipments', { origin: 'https://evil.example' });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses bodies over the JSON limit with 413', async () => {
    const response = await t.http.post('/api/shipments', { notes: 'x'.repeat(4096) });
    expect(response.status).toBe(413);
    const login = await t.anonymous.post('/api/auth/login', { username: 'a', password: 'x'.repeat(4096) });
    expect(login.status).toBe(413);
  });
});
