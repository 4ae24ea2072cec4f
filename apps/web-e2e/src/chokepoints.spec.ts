import type { ScenarioResult, Timeseries } from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, PHONE, type ServerProcess } from '@tradeflow/e2e-support';
import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  apiGet,
  card,
  chartsReady,
  en,
  figureOf,
  kpiFigure,
  kpiTile,
  open,
  screenshot,
  SCREENSHOTS,
  startProduct,
  tableOf,
} from './support/dashboard';

/** Share of a card's canvas pixels that are painted: 0 for a blank chart. */
function inkOf(chartCard: Locator): Promise<number> {
  return chartCard.getByRole('img').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    );
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [
        data[i] as number,
        data[i + 1] as number,
        data[i + 2] as number,
        data[i + 3] as number,
      ];
      if (a > 32 && !(r > 245 && g > 245 && b > 245)) inked++;
    }
    return inked / (data.length / 4);
  });
}

const number = (text: string) => Number(text.replace(/[,%\s]/g, ''));

describe('chokepoints in Chromium (built product, sample data)', () => {
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

  it('the Overview exposure card draws the share through each chokepoint per year, as the API computes it, and says the shares overlap', async () => {
    await open(page, server.baseUrl, '/?range=all&granularity=year');
    await chartsReady(page);
    const exposure = card(page, 'Chokepoint exposure');
    await expect(exposure.getByTestId('overlap-note').innerText()).resolves.toMatch(/shares overlap/);
    expect(await inkOf(exposure)).toBeGreaterThan(0.005);
    await screenshot(page, 'chokepoint-exposure-1280');

    const api = await apiGet<Timeseries>(
      server,
      '/api/analytics/timeseries?destination=PK&groupBy=chokepoint&granularity=year&metric=tonnes',
    );
    const hormuz = api.series.find((series) => series.key === 'hormuz');
    expect(hormuz).toBeDefined();
    const rows = await tableOf(exposure);
    const headers = await exposure.locator('table thead th').allInnerTexts();
    const hormuzColumn = headers.findIndex((header) => header.startsWith('Strait of Hormuz'));
    expect(hormuzColumn).toBeGreaterThan(0);
    expect(rows).toHaveLength(api.buckets.length);
    rows.forEach((row, i) => {
      const total = api.totals[i] as number;
      if (total === 0) return;
      expect(number(row[hormuzColumn] as string)).toBeCloseTo(
        (100 * (hormuz!.values[i] as number)) / total,
        1,
      );
    });
  });

  it('What-if: closing the Strait of Hormuz from the chokepoint choice shows the volume and shipments at risk of the API', async () => {
    await open(page, server.baseUrl, '/what-if?range=all&granularity=year');
    await page.getByRole('button', { name: /^Chokepoints to close/ }).click();
    await page
      .getByRole('group', { name: 'Chokepoints to close' })
      .getByRole('checkbox', { name: /Strait of Hormuz/ })
      .check();
    await page.keyboard.press('Escape');
    await page.waitForURL(/exclude=chokepoint(%3A|:)hormuz/);
    const api = await apiGet<ScenarioResult>(
      server,
      '/api/analytics/scenario?destination=PK&granularity=year&exclude=chokepoint:hormuz',
    );
    const atRisk = kpiFigure(page, 'at-risk');
    await atRisk.and(page.getByTitle(`${en(api.total.atRiskTonnes)} t`, { exact: true })).waitFor();
    const shipments = figureOf(kpiTile(page, 'Shipments at risk'));
    expect(await shipments.innerText()).toBe(en(api.total.shipmentsAtRisk));
    expect(await page.locator('[data-chokepoint="hormuz"]').innerText()).toMatch(/Strait of Hormuz closed/);
    const hhi = card(page, 'Concentration before and after');
    expect(await inkOf(hhi)).toBeGreaterThan(0.005);
    await screenshot(page, 'what-if-hormuz-1280');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'what-if-hormuz-390');
  });

  it('the exposure card reads at 390 px', async () => {
    await page.setViewportSize(PHONE);
    await open(page, server.baseUrl, '/?range=all&granularity=year');
    await chartsReady(page);
    const exposure = card(page, 'Chokepoint exposure');
    expect(await inkOf(exposure)).toBeGreaterThan(0.005);
    await exposure.screenshot({
      path: join(SCREENSHOTS, 'chokepoint-exposure-390.png'),
    });
  });
});
