import type { AnalyticsSummary } from '@tradeflow/domain';
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
  chartsReady,
  en,
  inkedShare,
  kpiFigure,
  open,
  screenshot,
  startProduct,
} from './support/dashboard';

const FROM = '2025-12-01';
const TO = '2026-11-30';
const RANGE = `from=${FROM}&to=${TO}`;
const COMPARE = `/compare?a.destination=PK&a.from=${FROM}&a.to=${TO}&b.destination=IN&b.from=${FROM}&b.to=${TO}`;

// India's cargoes in the period, through the real API (the sample has Pakistan's).
const INDIA: [string, string, string | null, number, string, string | null][] = [
  ['E2E-IN-RU-1', 'RU', 'INSIK', 140000, '2026-01-14', 'CNY'],
  ['E2E-IN-SA-1', 'SA', 'INMUN', 100000, '2026-02-03', 'USD'],
  ['E2E-IN-IQ-1', 'IQ', 'INSIK', 130000, '2026-04-22', 'USD'],
  ['E2E-IN-RU-2', 'RU', null, 90000, '2026-06-09', 'AED'],
  ['E2E-IN-AE-1', 'AE', 'INNSA', 70000, '2026-08-30', 'USD'],
  ['E2E-IN-US-1', 'US', 'INSIK', 60000, '2026-10-05', 'USD'],
];

describe('Compare in Chromium: Pakistan against India', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  /** India's cargoes of the sample itself (illustrative) in the period, before the test adds its own. */
  let sampleIndia: number;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
    sampleIndia = (
      await apiGet<AnalyticsSummary>(server, `/api/analytics/summary?${RANGE}&destination=IN&groupBy=origin`)
    ).shipmentCount;
    for (const [reference, originCountry, dischargePort, volumeTonnes, arrivalDate, currency] of INDIA) {
      const response = await server.request('/api/shipments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          reference,
          commodity: 'crude_oil',
          originCountry,
          dischargePort,
          // The one without a port names its importer.
          ...(dischargePort ? {} : { destinationCountry: 'IN' }),
          transportMode: 'sea',
          volumeTonnes,
          valueAmount: volumeTonnes * 500,
          paymentCurrency: currency,
          arrivalDate,
        }),
      });
      if (response.status !== 201)
        throw new Error(`POST ${reference}: ${response.status} ${await response.text()}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  const cellsOf = async (page: Page, table: string, row: string) =>
    page
      .getByRole('table', { name: table })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
      .getByRole('cell')
      .allInnerTexts();

  const signed = (delta: number, text: (value: number) => string) =>
    `${delta > 0 ? '+' : delta < 0 ? '\u2212' : ''}${text(Math.abs(delta))}`;

  it('shows the HHI, effective suppliers and shares of both importers as the API computes them', async () => {
    const page = await browser.newPage(DESKTOP);
    try {
      await open(page, server.baseUrl, COMPARE);
      await chartsReady(page);
      const [pk, india] = await Promise.all([
        apiGet<AnalyticsSummary>(server, `/api/analytics/summary?${RANGE}&destination=PK&groupBy=origin`),
        apiGet<AnalyticsSummary>(server, `/api/analytics/summary?${RANGE}&destination=IN&groupBy=origin`),
      ]);
      expect(india.shipmentCount).toBe(sampleIndia + INDIA.length);
      expect(pk.shipmentCount).toBeGreaterThan(0);

      const headline = 'A against B: headline figures';
      expect(await cellsOf(page, headline, 'HHI by supplier')).toEqual([
        en(pk.hhi as number),
        en(india.hhi as number),
        signed((india.hhi as number) - (pk.hhi as number), (v) => en(v)),
      ]);
      expect(await cellsOf(page, headline, 'Effective suppliers')).toEqual([
        en(pk.effectiveSuppliers as number, 1),
        en(india.effectiveSuppliers as number, 1),
        signed((india.effectiveSuppliers as number) - (pk.effectiveSuppliers as number), (v) => en(v, 1)),
      ]);
      expect(await cellsOf(page, headline, 'Shipments')).toEqual([
        en(pk.shipmentCount),
        en(india.shipmentCount),
        signed(india.shipmentCount - pk.shipmentCount, (v) => en(v)),
      ]);

      const russiaInIndia = india.groups.find((group) => group.key === 'RU');
      const russiaInPakistan = pk.groups.find((group) => group.key === 'RU')?.share ?? 0;
      expect((await cellsOf(page, 'Supplier shares: A, B and B − A', 'Russia')).slice(0, 2)).toEqual([
        `${en(russiaInPakistan * 100, 1)}%`,
        `${en((russiaInIndia?.share ?? 0) * 100, 1)}%`,
      ]);

      const canvases = await page.locator('canvas').count();
      expect(canvases).toBe(5);
      for (let i = 0; i < canvases; i++) expect(await inkedShare(page, i)).toBeGreaterThan(0.005);
      await screenshot(page, 'compare-desktop');
    } finally {
      await page.close();
    }
  });

  it('fits a phone, and the filter bar offers the importing country', async () => {
    const page = await browser.newPage(PHONE);
    try {
      await open(page, server.baseUrl, COMPARE);
      await chartsReady(page);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await screenshot(page, 'compare-phone');

      await open(page, server.baseUrl, '/?destination=IN');
      await chartsReady(page);
      await page.getByRole('button', { name: /^Filters/ }).click();
      expect(await page.getByLabel('Importing country').inputValue()).toBe('IN');
      await screenshot(page, 'filters-importer-phone');
    } finally {
      await page.close();
    }
  });

  it('the overview of India alone, and of all importers with the note on shares', async () => {
    const page = await browser.newPage(DESKTOP);
    try {
      await open(page, server.baseUrl, `/?${RANGE}&destination=IN`);
      await chartsReady(page);
      const india = await apiGet<AnalyticsSummary>(
        server,
        `/api/analytics/summary?${RANGE}&destination=IN&groupBy=origin`,
      );
      expect(await kpiFigure(page, 'shipments').innerText()).toBe(en(india.shipmentCount));
      await screenshot(page, 'filters-importer-desktop');

      await page.getByLabel('Importing country').selectOption('all');
      await page.waitForURL(/destination=all/);
      await page.getByText('Shares and HHI are computed across importers').waitFor();
      await chartsReady(page);
      const all = await apiGet<AnalyticsSummary>(server, `/api/analytics/summary?${RANGE}&groupBy=origin`);
      expect(await kpiFigure(page, 'shipments').innerText()).toBe(en(all.shipmentCount));
      await screenshot(page, 'filters-all-importers-desktop');
    } finally {
      await page.close();
    }
  });
});
