import { type BrowserSession, launchBrowser, PHONE, type ServerProcess } from '@tradeflow/e2e-support';
import type { Page, Route } from 'playwright-core';
import { open, screenshot, startProduct } from './support/dashboard';

/**
 * The Reports page against a played /api/reports (the reports API is built on another branch): what
 * the form sends, the next runs it previews in the report's time zone, run now and the run list.
 */
describe('reports page in Chromium (played reports API)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  async function playReportsApi(page: Page) {
    const reports: Record<string, unknown>[] = [];
    const runs: Record<string, unknown>[] = [];
    const sent: unknown[] = [];
    await page.route('**/api/reports**', async (route: Route) => {
      const request = route.request();
      const path = new URL(request.url()).pathname;
      if (path === '/api/reports' && request.method() === 'GET') return route.fulfill({ json: reports });
      if (path === '/api/reports' && request.method() === 'POST') {
        const body = request.postDataJSON() as Record<string, unknown>;
        sent.push(body);
        const report = {
          ...body,
          id: 'r1',
          nextRuns: ['2026-11-30T01:00:00.000Z', '2026-12-07T01:00:00.000Z', '2026-12-14T01:00:00.000Z'],
          createdAt: '2026-11-29T10:00:00.000Z',
          updatedAt: '2026-11-29T10:00:00.000Z',
        };
        reports.push(report);
        return route.fulfill({ status: 201, json: report });
      }
      if (path === '/api/reports/r1/run') {
        runs.unshift({
          id: 'run1',
          reportId: 'r1',
          trigger: 'manual',
          scheduledFor: '2026-11-29T10:00:00.000Z',
          status: 'succeeded',
          attempts: 1,
          startedAt: '2026-11-29T10:00:00.000Z',
          finishedAt: '2026-11-29T10:00:01.000Z',
          windowFrom: '2026-10-01',
          windowTo: '2026-10-31',
          rowCount: 18,
          bytes: 4200,
          error: null,
          deliveryStatus: 'none',
          deliveryAttempts: 0,
          deliveredAt: null,
          deliveryError: null,
        });
        return route.fulfill({ status: 202, json: { runId: 'run1' } });
      }
      if (path === '/api/reports/r1/runs') return route.fulfill({ json: runs });
      return route.fulfill({ status: 404, json: { message: 'not played' } });
    });
    return { sent };
  }

  it('creates a weekly report for Karachi with the dashboard filters, previews its runs, runs it and lists the file', async () => {
    const page = await browser.newPage();
    try {
      const { sent } = await playReportsApi(page);
      await open(page, server.baseUrl, '/reports?origin=RU&commodity=crude_oil');
      await page.getByRole('button', { name: 'New report' }).click();
      const form = page.getByRole('region', { name: 'New report' });
      await form.getByLabel('Name', { exact: true }).fill('Russian crude, weekly');
      await form.getByRole('radio', { name: 'Weekly' }).check();
      await form.getByLabel('On', { exact: true }).selectOption('1');
      await form.getByLabel('At', { exact: true }).fill('06:00');
      await form.getByLabel('Time zone').selectOption('Asia/Karachi');
      const preview = form.locator('.next-runs li');
      await preview.first().waitFor();
      expect(await preview.count()).toBe(3);
      for (const run of await preview.allInnerTexts())
        expect(run).toMatch(/^Mon \d+ \w+ \d{4}, 06:00 · Mondays at 06:00$/);
      await screenshot(page, 'reports-new-desktop');

      await form.getByRole('button', { name: 'Create report' }).click();
      await page.getByText('Report “Russian crude, weekly” scheduled').waitFor();
      expect(sent).toEqual([
        {
          name: 'Russian crude, weekly',
          kind: 'shipments',
          params: {
            window: 'previous_month',
            filters: { commodity: ['crude_oil'], origin: ['RU'], destination: ['PK'] },
          },
          cron: '0 6 * * 1',
          timezone: 'Asia/Karachi',
          enabled: true,
          webhookUrl: null,
        },
      ]);
      const item = page.locator('[data-report="Russian crude, weekly"]');
      expect(await item.innerText()).toContain('Mon 30 Nov 2026, 06:00');

      await item.getByRole('button', { name: 'Run now' }).click();
      const download = item.getByRole('link', { name: 'Download CSV' });
      await download.waitFor();
      expect(await download.getAttribute('href')).toBe('/api/reports/r1/runs/run1/file');
      await screenshot(page, 'reports-desktop');
      await page.setViewportSize(PHONE);
      await screenshot(page, 'reports-runs-phone');
    } finally {
      await page.close();
    }
  });
});
