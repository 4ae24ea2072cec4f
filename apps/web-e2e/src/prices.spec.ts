import type { LandedPrices } from '@tradeflow/domain';
import {
  type BrowserSession,
  DESKTOP,
  launchBrowser,
  PHONE,
  type ServerProcess,
} from '@tradeflow/e2e-support';
import type { Page } from 'playwright-core';
import {
  apiGet,
  card,
  chartsReady,
  en,
  inkedShare,
  open,
  screenshot,
  startProduct,
} from './support/dashboard';

const RANGE = 'from=2023-01-01&to=2025-10-31';
const VIEW = `/prices?${RANGE}&origin=RU,US,SA,AE`;
/** What the page asks the API for: Pakistan (the home country), crude oil, by month. */
const API = `/api/analytics/prices?${RANGE}&origin=RU,US,SA,AE&destination=PK&commodity=crude_oil`;

const usd = (value: number | null) => (value === null ? '–' : `$${en(value, 2)}`);
const signed = (value: number, text: string) => `${value > 0 ? '+' : value < 0 ? '\u2212' : ''}${text}`;
const discount = (usdPerBarrel: number | null, percent: number | null) =>
  usdPerBarrel === null
    ? 'missing'
    : `${signed(usdPerBarrel, `$${en(Math.abs(usdPerBarrel), 2)}`)} (${signed(percent ?? 0, `${en(Math.abs(percent ?? 0), 1)}%`)})`;

describe('Prices in Chromium: landed prices against Brent and Dubai', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  /** The discount table's rows as shown: origin, landed price, benchmark, discount. */
  const discountRows = async (page: Page) =>
    page
      .getByTestId('discount-rows')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll('th, td'))
            .slice(0, 4)
            .map((cell) => (cell as HTMLElement).innerText.trim()),
        ),
      );
  const expectedRows = (answer: LandedPrices) =>
    answer.origins.map((origin) => [
      origin.label,
      usd(origin.total.usdPerBarrel),
      usd(origin.total.benchmarkUsdPerBarrel),
      discount(origin.total.discountUsdPerBarrel, origin.total.discountPercent),
    ]);

  it('shows each origin against Brent as the API computes it, then Dubai and the loading month from the address', async () => {
    const page = await browser.newPage(DESKTOP);
    try {
      await open(page, server.baseUrl, VIEW);
      await chartsReady(page);
      const brent = await apiGet<LandedPrices>(server, `${API}&benchmark=BRENT`);
      expect(brent.origins.map((origin) => origin.origin)).toEqual(expect.arrayContaining(['RU', 'US']));
      expect(await discountRows(page)).toEqual(expectedRows(brent));
      expect(await inkedShare(page, 0)).toBeGreaterThan(0.005);
      const chart = card(page, 'Landed price by origin against Brent');
      expect(await chart.locator('[data-chart-summary]').innerText()).toMatch(/^Saudi Arabia|Russia|United/);
      await screenshot(page, 'prices-brent-desktop');

      await page.getByTestId('benchmark-choice').selectOption('DUBAI');
      await page.waitForURL(/benchmark=DUBAI/);
      await chartsReady(page);
      await card(page, 'Landed price by origin against Dubai/Oman').waitFor();
      const dubai = await apiGet<LandedPrices>(server, `${API}&benchmark=DUBAI`);
      expect(await discountRows(page)).toEqual(expectedRows(dubai));

      await page.getByRole('radio', { name: 'The benchmark of the month each cargo was loaded' }).check();
      await page.waitForURL(/match=loading/);
      await chartsReady(page);
      const loading = await apiGet<LandedPrices>(server, `${API}&benchmark=DUBAI&match=loading`);
      expect(await discountRows(page)).toEqual(expectedRows(loading));
      await expect(page.getByTestId('prices-note').innerText()).resolves.toMatch(/was loaded/);

      // The address alone brings the same view back.
      const again = await browser.newPage(DESKTOP);
      try {
        await open(again, server.baseUrl, new URL(page.url()).pathname + new URL(page.url()).search);
        await chartsReady(again);
        expect(await discountRows(again)).toEqual(expectedRows(loading));
      } finally {
        await again.close();
      }
    } finally {
      await page.close();
    }
  });

  it('shows months without a benchmark price as missing and gives every period in the table view', async () => {
    const page = await browser.newPage(DESKTOP);
    try {
      // November 2025 onwards has no sample Brent price.
      await open(page, server.baseUrl, '/prices?from=2025-09-01&to=2026-11-30');
      await chartsReady(page);
      const answer = await apiGet<LandedPrices>(
        server,
        '/api/analytics/prices?from=2025-09-01&to=2026-11-30&destination=PK&commodity=crude_oil&benchmark=BRENT',
      );
      expect(answer.benchmarkPrices.slice(2).every((price) => price === null)).toBe(true);
      const discounts = card(page, 'Discount or premium against Brent');
      await discounts.getByRole('button', { name: 'Show as table' }).click();
      const cells = await discounts
        .locator('table tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) =>
            Array.from(row.querySelectorAll('th, td')).map((cell) => (cell as HTMLElement).innerText.trim()),
          ),
        );
      const late = cells.filter((row) => row[0] === 'Nov 2026');
      expect(late.length).toBeGreaterThan(0);
      // Benchmark and discount columns are empty ('–'), never $0.00.
      for (const row of late) expect(row.slice(4, 7)).toEqual(['–', '–', '–']);
      const september = cells.find((row) => row[0] === 'Sep 2025');
      expect(september?.[4]).toMatch(/^\$\d/);
    } finally {
      await page.close();
    }
  });

  it('fits a 390 px screen', async () => {
    const page = await browser.newPage(PHONE);
    try {
      await open(page, server.baseUrl, VIEW);
      await chartsReady(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      expect(await inkedShare(page, 0)).toBeGreaterThan(0.005);
      await screenshot(page, 'prices-brent-phone');
    } finally {
      await page.close();
    }
  });
});
