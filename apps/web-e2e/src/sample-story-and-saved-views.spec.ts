import { type AnalyticsSummary, type DataFreshness, regionOf, type SavedViewList } from '@tradeflow/domain';
import {
  type BrowserSession,
  DESKTOP,
  launchBrowser,
  PHONE,
  type ServerProcess,
} from '@tradeflow/e2e-support';
import type { Page } from 'playwright-core';
import { apiGet, card, chartsReady, open, screenshot, startProduct, tableOf } from './support/dashboard';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayText = (date: string) =>
  `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** The dashboard's default period on `today`: the 12 calendar months before this one. */
function defaultPeriod(today: string): { from: string; to: string } {
  const first = new Date(`${today.slice(0, 7)}-01T00:00:00.000Z`);
  const from = new Date(first);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  return {
    from: from.toISOString().slice(0, 10),
    to: new Date(first.getTime() - 86_400_000).toISOString().slice(0, 10),
  };
}

describe('the sample story and saved views in Chromium (built product, sample data)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('shows on the default overview a supplier outside the Gulf, the yuan in the currency mix and how fresh the data is', async () => {
    await open(page, server.baseUrl, '/');
    await chartsReady(page);
    const freshness = await apiGet<DataFreshness>(server, '/api/analytics/freshness');
    expect(freshness.latestArrivalDate).not.toBeNull();
    expect(await page.getByTestId('freshness-note').innerText()).toBe(
      `Data to ${dayText(freshness.latestArrivalDate as string)}`,
    );

    const { from, to } = defaultPeriod(freshness.today);
    const origins = await apiGet<AnalyticsSummary>(
      server,
      `/api/analytics/summary?destination=PK&groupBy=origin&from=${from}&to=${to}`,
    );
    const outsideGulf = origins.groups.filter((group) => regionOf(group.key) !== 'GCC');
    expect(outsideGulf.map((group) => group.key)).toEqual(expect.arrayContaining(['US']));
    const suppliers = (await tableOf(card(page, 'Top suppliers'))).map((row) => row[1]);
    expect(suppliers).toContain('United States');

    const currencyCard = card(page, 'Payment currency mix');
    const rows = await tableOf(currencyCard);
    const header = await currencyCard.locator('table thead th').allInnerTexts();
    const cny = header.findIndex((cell) => cell.startsWith('CNY') || cell.includes('Yuan'));
    expect(cny).toBeGreaterThan(0);
    expect(rows.some((row) => Number.parseFloat(row[cny] ?? '') > 0)).toBe(true);
    expect(await page.getByTestId('change-note').innerText()).toMatch(/^Changes against /);
  });

  it('saves the current view under a name, lists it with who saved it, and opens it again', async () => {
    const query = 'from=2023-06-01&to=2023-06-30&commodity=crude_oil&basis=value';
    await open(page, server.baseUrl, `/?${query}`);
    await chartsReady(page);
    await page.getByRole('button', { name: 'Save view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this view' });
    await dialog.getByLabel('Name').fill('June 2023 crude by value');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await page.getByText('View “June 2023 crude by value” saved').waitFor();

    const { items } = await apiGet<SavedViewList>(server, '/api/saved-views');
    expect(items[0]).toMatchObject({
      name: 'June 2023 crude by value',
      path: '/',
      query,
      createdBy: { type: 'user', name: 'admin' },
    });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved views' }).click();
    const saved = page.locator('[data-saved-view="June 2023 crude by value"]');
    await saved.waitFor();
    // Newest first.
    const first = page.getByRole('list', { name: 'Saved views' }).getByRole('listitem').first();
    expect(await first.getAttribute('data-saved-view')).toBe('June 2023 crude by value');
    expect(await saved.innerText()).toContain('Saved by admin');
    expect(await page.locator('[data-saved-view="Russian crude pilot, June 2023"]').count()).toBe(1);

    await saved.getByRole('link', { name: 'Open' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.search === `?${query}`);
    await chartsReady(page);
    expect(await page.getByRole('radio', { name: 'Shares and indices by USD value' }).isChecked()).toBe(true);
  });

  it('starts a report from a saved view: the New report form opens on its filters', async () => {
    await open(page, server.baseUrl, '/saved-views');
    const pilot = page.locator('[data-saved-view="Russian crude pilot, June 2023"]');
    await pilot.getByRole('link', { name: 'New report from this view' }).click();
    const form = page.getByRole('region', { name: 'New report' });
    await form.waitFor();
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toBe('2023-06-01');
    expect(params.get('commodity')).toBe('crude_oil');
    expect(await form.innerText()).toContain('Crude oil');
  });

  it('takes pictures of the default Overview and of Saved views at 1280 and 390 px', async () => {
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const shot = await browser.newPage(viewport);
      try {
        await open(shot, server.baseUrl, '/');
        await chartsReady(shot);
        await shot.evaluate(() => document.fonts.ready);
        await screenshot(shot, `sample-overview-${size}`);
        await open(shot, server.baseUrl, '/saved-views');
        await shot.getByRole('list', { name: 'Saved views' }).getByRole('listitem').first().waitFor();
        await screenshot(shot, `saved-views-${size}`);
        const overflow = await shot.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await shot.close();
      }
    }
  });
});
