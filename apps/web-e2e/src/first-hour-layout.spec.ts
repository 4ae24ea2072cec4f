import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, PHONE, type ServerProcess } from '@tradeflow/e2e-support';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { apiGet, chartsReady, open, screenshot, startProduct } from './support/dashboard';

/** Whether the element's box lies fully inside the viewport and inside every ancestor that clips. */
function fullyVisible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.right > window.innerWidth + 0.5 || box.left < -0.5) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === 'visible') continue;
      const clip = parent.getBoundingClientRect();
      if (box.right > clip.right + 0.5 || box.left < clip.left - 0.5) return false;
    }
    return true;
  });
}

/** The rough edges of the first hour, in Chromium against the real API. */
describe('first hour: layout, exports and periods in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('shows FY and kb/d whole in the phone filter panel', async () => {
    const page = await browser.newPage(PHONE);
    await open(page, server.baseUrl, '/?granularity=fiscal_year&units=kbd');
    await page.getByRole('button', { name: /Filters/ }).click();
    const fy = 'fieldset:has(legend:text("Granularity")) label:has-text("FY")';
    const kbd = 'fieldset:has(legend:text("Units")) label:has-text("kb/d")';
    await page.locator(fy).waitFor();
    expect(await fullyVisible(page, fy)).toBe(true);
    expect(await fullyVisible(page, kbd)).toBe(true);
    await screenshot(page, 'filters-open-390');
    await page.close();
  });

  it('writes "Last 3 years" into the link as period=last_3_years and opens such a link', async () => {
    const page = await browser.newPage();
    await open(page, server.baseUrl, '/');
    await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 3 years' });
    await page.waitForURL(/period=last_3_years/);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    await page.goto(`${server.baseUrl}/shipments?period=last_3_years`);
    await page.getByRole('table', { name: /^Shipments, sorted by/ }).waitFor();
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('3y');
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
    await page.close();
  });

  it('exports the listed shipments as CSV and starts the next page at the top of the list', async () => {
    const page = await browser.newPage();
    await open(page, server.baseUrl, '/shipments?range=all&origin=RU');
    await page.getByRole('table', { name: /^Shipments, sorted by/ }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const lines = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
    // The list (and so its export) is the filter bar's importer's: Pakistan, the home country.
    const listed = await apiGet<{ total: number }>(server, '/api/shipments?origin=RU&destination=PK&limit=1');
    expect(lines[0]).toBe(SHIPMENT_CSV_COLUMNS.join(','));
    expect(lines.length - 1).toBe(listed.total);

    await open(page, server.baseUrl, '/shipments?range=all');
    await page.getByRole('table', { name: /^Shipments, sorted by/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/offset=50/);
    const top = await page
      .getByRole('region', { name: 'Shipment list' })
      .evaluate((list) => list.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.close();
  });

  it('says why daily bars over all time do not read, and switches to months on request', async () => {
    const page = await browser.newPage();
    await open(page, server.baseUrl, '/?range=all&granularity=day');
    const note = page.getByTestId('too-many-periods');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/days are too many bars to read/);
    await screenshot(page, 'overview-daily-all-time-1280');
    await note.getByRole('button', { name: 'Show by month' }).click();
    await page.waitForURL((url) => !url.searchParams.has('granularity'));
    await chartsReady(page);
    expect(await page.getByTestId('too-many-periods').count()).toBe(0);
    await page.close();
  });

  it('ends a card shown as a table with its table, not with blank space', async () => {
    const page = await browser.newPage();
    await open(page, server.baseUrl, '/');
    await chartsReady(page);
    const card = page.locator('[data-chart="Route and mode mix"]');
    await card.getByRole('button', { name: 'Show as table' }).click();
    const table = card.locator('table');
    await table.waitFor();
    const [cardBox, tableBox] = await Promise.all([card.boundingBox(), table.boundingBox()]);
    const blankBelow =
      (cardBox?.y ?? 0) + (cardBox?.height ?? 0) - ((tableBox?.y ?? 0) + (tableBox?.height ?? 0));
    expect(blankBelow).toBeLessThan(40);
    await screenshot(page, 'overview-route-mix-as-table-1280');
    await page.close();
  });
});
