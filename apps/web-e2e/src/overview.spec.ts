import type { AnalyticsSummary, Timeseries } from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, type ServerProcess } from '@tradeflow/e2e-support';
import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  apiGet,
  bodyRows,
  card,
  chartCards,
  chartsReady,
  en,
  inkedShare,
  kpiFigure,
  kpiValue,
  open,
  startProduct,
  titleOf,
} from './support/dashboard';

describe('overview in Chromium (built product, sample data)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), 'tradeflow-downloads-'));
    [server, browser] = await Promise.all([startProduct(), launchBrowser({ downloadsPath: downloads })]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await rm(downloads, { recursive: true, force: true });
  });

  it('draws every chart (pixels on each canvas) and shows the KPI values the API returns', async () => {
    await open(page, server.baseUrl, '/?range=all');
    await chartsReady(page);

    const canvases = await page.locator('canvas').count();
    expect(canvases).toBe(5);
    for (let i = 0; i < canvases; i++) expect(await inkedShare(page, i)).toBeGreaterThan(0.01);
    const titles = await chartCards(page).getByRole('heading', { level: 2 }).allInnerTexts();
    expect(titles).toEqual([
      'Monthly volume by origin',
      'Route and mode mix',
      'Supplier concentration over time',
      'Concentration in detail',
      'Chokepoint exposure',
      'Payment currency mix',
      'Top suppliers',
    ]);

    const origins = await apiGet<AnalyticsSummary>(
      server,
      '/api/analytics/summary?destination=PK&groupBy=origin',
    );
    expect(origins.shipmentCount).toBeGreaterThan(1000);
    expect(await kpiValue(page, 'shipments')).toBe(en(origins.shipmentCount));
    expect(await kpiValue(page, 'suppliers')).toBe(en(origins.groups.length));
    expect(await kpiValue(page, 'hhi')).toContain(en(origins.hhi as number));
    expect(await kpiValue(page, 'effective-suppliers')).toBe(en(origins.effectiveSuppliers as number, 1));
    expect(await kpiFigure(page, 'volume').getAttribute('title')).toBe(`${en(origins.totalTonnes)} t`);
    const firstSupplier = bodyRows(page.getByRole('table', { name: 'Top suppliers' })).first();
    expect(await firstSupplier.getByRole('rowheader').innerText()).toContain(origins.groups[0]?.label);
  });

  it('a filter changes the URL and the numbers; back and forward restore them', async () => {
    await open(page, server.baseUrl, '/?range=all');
    await chartsReady(page);
    const all = await apiGet<AnalyticsSummary>(
      server,
      '/api/analytics/summary?destination=PK&groupBy=origin',
    );
    const russia = await apiGet<AnalyticsSummary>(
      server,
      '/api/analytics/summary?destination=PK&groupBy=origin&origin=RU',
    );
    expect(await kpiValue(page, 'shipments')).toBe(en(all.shipmentCount));

    await page.getByRole('button', { name: /^Origin/ }).click();
    await page
      .getByRole('group', { name: 'Origin' })
      .getByRole('checkbox', { name: /Russia/ })
      .check();
    await page.keyboard.press('Escape');
    await page.waitForURL(/origin=RU/);
    const shipments = kpiFigure(page, 'shipments');
    await shipments.filter({ hasText: new RegExp(`^${en(russia.shipmentCount)}$`) }).waitFor();
    await chartsReady(page);
    expect(new URL(page.url()).searchParams.get('origin')).toBe('RU');
    expect(await kpiValue(page, 'suppliers')).toBe('1');

    await page.goBack();
    await shipments.filter({ hasText: new RegExp(`^${en(all.shipmentCount)}$`) }).waitFor();
    expect(new URL(page.url()).searchParams.get('origin')).toBeNull();
    await page.goForward();
    await shipments.filter({ hasText: new RegExp(`^${en(russia.shipmentCount)}$`) }).waitFor();
    expect(new URL(page.url()).searchParams.get('origin')).toBe('RU');
    expect(await page.getByRole('button', { name: /^Origin/ }).innerText()).toContain('Russia');
  });

  it('the filters work from the keyboard alone', async () => {
    await open(page, server.baseUrl, '/?range=all');
    await chartsReady(page);
    const originButton = page.getByRole('button', { name: /^Origin/ });
    await originButton.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('group', { name: 'Origin' });
    await menu.waitFor();
    // The search box has the focus: type, then Tab to the first match and tick it with Space.
    await page.keyboard.type('kuwait');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/origin=KW/);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await originButton.evaluate((element) => element === document.activeElement)).toBe(true);

    // Granularity is a radio group: arrow keys move the choice.
    await page.getByRole('radio', { name: 'Monthly' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/granularity=quarter/);
    await chartsReady(page);
    expect(await titleOf(chartCards(page).first()).innerText()).toBe('Quarterly volume by origin');
  });

  it('a link reproduces the view: the URL carries every filter', async () => {
    await open(
      page,
      server.baseUrl,
      '/?from=2023-01-01&to=2023-12-31&commodity=crude_oil&granularity=quarter&units=bbl',
    );
    await chartsReady(page);
    const summary = await apiGet<AnalyticsSummary>(
      server,
      '/api/analytics/summary?destination=PK&groupBy=origin&from=2023-01-01&to=2023-12-31&commodity=crude_oil',
    );
    expect(await kpiFigure(page, 'volume').getAttribute('title')).toBe(`${en(summary.totalBarrels)} bbl`);
    expect(await titleOf(chartCards(page).first()).innerText()).toBe('Quarterly volume by origin');
    expect(await page.getByLabel('Period', { exact: true }).inputValue()).toBe('custom');
    expect(await page.getByRole('radio', { name: 'Quarterly' }).isChecked()).toBe(true);
  });

  it('downloads exactly what a chart shows as CSV, and the table view shows the same', async () => {
    await open(page, server.baseUrl, '/?from=2024-01-01&to=2024-12-31');
    await chartsReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Monthly volume by origin as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('monthly-volume-by-origin_2024-01-01_2024-12-31.csv');
    const text = await readFile(await download.path(), 'utf8');
    const rows = parse(text) as string[][];
    const [header, ...body] = rows;
    expect(header?.[0]).toBe('Period');
    expect(header?.at(-1)).toBe('Total (tonnes)');
    expect(body.map((row) => row[0])).toEqual([
      'Jan 2024',
      'Feb 2024',
      'Mar 2024',
      'Apr 2024',
      'May 2024',
      'Jun 2024',
      'Jul 2024',
      'Aug 2024',
      'Sep 2024',
      'Oct 2024',
      'Nov 2024',
      'Dec 2024',
    ]);
    const timeseries = await apiGet<Timeseries>(
      server,
      '/api/analytics/timeseries?destination=PK&groupBy=origin&metric=tonnes&granularity=month&from=2024-01-01&to=2024-12-31',
    );
    body.forEach((row, i) => expect(Number(row.at(-1))).toBeCloseTo(timeseries.totals[i] as number, 2));

    const volume = card(page, 'Monthly volume by origin');
    await volume.getByRole('button', { name: 'Show as table' }).click();
    const tableRows = bodyRows(volume.getByRole('table'));
    expect(await tableRows.count()).toBe(12);
    expect(await tableRows.first().getByRole('rowheader').innerText()).toBe('Jan 2024');
    await volume.getByRole('button', { name: 'Show as chart' }).click();
    expect(await volume.getByRole('img').count()).toBe(1);
  });
});
