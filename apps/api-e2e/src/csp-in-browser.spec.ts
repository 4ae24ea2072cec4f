import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  startServerProcess,
  type ServerProcess,
} from '@tradeflow/e2e-support';
import { chromium, type Browser } from 'playwright-core';

/**
 * The Content-Security-Policy and the other helmet headers must not break what people open in a
 * browser: the dashboard (Vite build, Chart.js canvases) and Swagger UI. Chromium reports every
 * refused script, style, image or connection as a console error.
 */
describe('the CSP in a real browser (headless Chromium)', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServerProcess({ env: { SAMPLE_DATA: 'false' } });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  async function violationsOn(path: string, ready: string): Promise<string[]> {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
    await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'networkidle' });
    await page.waitForSelector(ready, { timeout: 15_000 });
    await page.close();
    return violations;
  }

  it('runs the dashboard without a CSP violation', async () => {
    expect(await violationsOn('/', '#root > *')).toEqual([]);
  });

  it('runs Swagger UI at /api/docs without a CSP violation', async () => {
    expect(await violationsOn('/api/docs', '.swagger-ui .info')).toEqual([]);
  });
});
