import {
  type BrowserSession,
  launchBrowser,
  type SmtpReceiver,
  PHONE,
  type ServerProcess,
  startSmtpReceiver,
} from '@tradeflow/e2e-support';
import { formatInZone } from '@tradeflow/domain';
import { readFile } from 'node:fs/promises';
import { apiGet, figureOf, open, screenshot, startProduct } from './support/dashboard';

async function until<T>(probe: () => T | Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The Reports page against the real API, with e-mail delivery to an SMTP server started here: the
 * form's next runs in the report's time zone, the report listed with its filters in words, Run now,
 * the message arriving with the file, and editing the report.
 */
describe('reports page in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let mail: SmtpReceiver;

  beforeAll(async () => {
    mail = await startSmtpReceiver();
    [server, browser] = await Promise.all([
      startProduct({
        SMTP_URL: mail.url,
        SMTP_FROM: 'tradeflow <reports@tradeflow.test>',
        JOB_POLLING_SECONDS: '1',
      }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await mail?.close();
  });

  it('creates a weekly report e-mailed to an analyst, runs it now and the message arrives with the file', async () => {
    const page = await browser.newPage();
    try {
      await open(page, server.baseUrl, '/reports?origin=RU&commodity=crude_oil&range=all');
      await page.getByRole('button', { name: 'New report' }).click();
      const form = page.getByRole('region', { name: 'New report' });
      await form.getByLabel('Name', { exact: true }).fill('Russian crude, weekly');
      await form.getByLabel('Arrivals covered').selectOption('all');
      await form.getByRole('radio', { name: 'Weekly' }).check();
      await form.getByLabel('On', { exact: true }).selectOption('1');
      await form.getByLabel('At', { exact: true }).fill('06:00');
      await form.getByLabel('Time zone').selectOption('Asia/Karachi');
      await form.getByLabel('File').selectOption('xlsx');
      await form.getByLabel('E-mail to (optional)').fill('analyst@example.com');
      const preview = form.getByRole('list', { name: /^Next runs/ }).getByRole('listitem');
      await preview.first().waitFor();
      expect(await preview.count()).toBe(3);
      for (const run of await preview.allInnerTexts())
        expect(run).toMatch(/^Mon \d+ \w+ \d{4}, 06:00 · Mondays at 06:00$/);
      await screenshot(page, 'reports-new-desktop');

      await form.getByRole('button', { name: 'Create report' }).click();
      await page.getByText('Report “Russian crude, weekly” scheduled').waitFor();
      const item = page.locator('[data-report="Russian crude, weekly"]');
      // Its filters and window, in words.
      expect(
        await item.getByText('crude oil from Russia to Pakistan · All shipments', { exact: true }).count(),
      ).toBe(1);
      expect(await item.innerText()).toContain('e-mailed to analyst@example.com');

      await item.getByRole('button', { name: 'Run now' }).click();
      await item
        .locator('[data-channel="email"]', { hasText: 'E-mail: delivered' })
        .waitFor({ timeout: 60_000 });
      const [message] = await until(
        () => mail.received,
        (all) => all.length === 1,
        'the e-mail',
      );
      expect(message!.recipients).toEqual(['analyst@example.com']);
      expect(message!.parsed.subject).toBe('Russian crude, weekly: all dates');
      expect(message!.parsed.attachments.map((a) => a.filename)).toEqual([
        'russian-crude-weekly_all_all.xlsx',
      ]);
      expect(message!.parsed.text).toMatch(
        /crude oil from Russia to Pakistan, all arrival dates: [\d,]+ rows\./,
      );
      const download = item.getByRole('link', { name: 'Download Excel' });
      expect(await download.getAttribute('href')).toMatch(/^\/api\/reports\/[\w-]+\/runs\/[\w-]+\/file$/);
      await screenshot(page, 'reports-desktop');
      await page.setViewportSize(PHONE);
      await screenshot(page, 'reports-runs-phone');
      await page.setViewportSize({ width: 1280, height: 900 });

      await item.getByRole('button', { name: 'Edit' }).click();
      const edit = item.getByRole('group', { name: 'Edit Russian crude, weekly' });
      await edit.getByLabel('E-mail subject (optional)').fill('RU crude this week');
      await screenshot(page, 'reports-edit-desktop');
      await edit.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('Report “Russian crude, weekly” saved').waitFor();
      const stored = await (await server.request('/api/reports')).json();
      expect(stored.items).toEqual([
        expect.objectContaining({
          name: 'Russian crude, weekly',
          emailSubject: 'RU crude this week',
          emailTo: ['analyst@example.com'],
          format: 'xlsx',
          cron: '0 6 * * 1',
          params: {
            window: 'all',
            filters: { commodity: ['crude_oil'], origin: ['RU'], destination: ['PK'] },
            columns: 'contract',
          },
        }),
      ]);
    } finally {
      await page.close();
    }
  });

  it("creates a daily CSV report, shows the server's next run, runs it until it succeeds, and the downloaded file is the export of its filters", async () => {
    const page = await browser.newPage();
    try {
      await open(page, server.baseUrl, '/reports?origin=SA&commodity=crude_oil&range=all');
      await page.getByRole('button', { name: 'New report' }).click();
      const form = page.getByRole('region', { name: 'New report' });
      await form.getByLabel('Name', { exact: true }).fill('Saudi crude, daily');
      await form.getByLabel('Arrivals covered').selectOption('all');
      await form.getByRole('radio', { name: 'Daily' }).check();
      await form.getByLabel('At', { exact: true }).fill('07:15');
      await form.getByLabel('Time zone').selectOption('America/New_York');
      await form.getByLabel('File').selectOption('csv');
      await form.getByRole('button', { name: 'Create report' }).click();
      await page.getByText('Report “Saudi crude, daily” scheduled').waitFor();

      const { items } = await apiGet<{
        items: Array<{ id: string; name: string; nextRuns: string[]; params: { filters: object } }>;
      }>(server, '/api/reports');
      const stored = items.find((report) => report.name === 'Saudi crude, daily')!;
      expect(stored.params.filters).toEqual({
        commodity: ['crude_oil'],
        origin: ['SA'],
        destination: ['PK'],
      });
      expect(stored.nextRuns).toHaveLength(3);
      const item = page.locator('[data-report="Saudi crude, daily"]');
      expect(await figureOf(item.getByRole('group', { name: 'Next run' })).innerText()).toBe(
        formatInZone(stored.nextRuns[0]!, 'America/New_York'),
      );

      await item.getByRole('button', { name: 'Run now' }).click();
      const runs = item.getByRole('table', { name: 'Runs of Saudi crude, daily' });
      await runs.getByText('succeeded', { exact: true }).waitFor({ timeout: 60_000 });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        runs.getByRole('link', { name: 'Download CSV' }).click(),
      ]);
      const downloaded = await readFile((await download.path())!, 'utf8');
      const exported = await (
        await server.request('/api/exports/shipments.csv?commodity=crude_oil&origin=SA&destination=PK')
      ).text();
      expect(downloaded.split('\r\n').length).toBeGreaterThan(2);
      expect(downloaded).toBe(exported);
    } finally {
      await page.close();
    }
  });
});
