import type { AnalyticsSummary, Reconciliation, ScenarioResult } from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, PHONE, type ServerProcess } from '@tradeflow/e2e-support';
import type { Page } from 'playwright-core';
import {
  apiGet,
  bodyRows,
  chartsReady,
  en,
  inkedShare,
  kpiFigure,
  kpiValue,
  open,
  screenshot,
  startProduct,
  waitForInk,
} from './support/dashboard';

// The built product with the sample data, which loads the illustrative Comtrade sample beside the cargoes.
describe('official statistics in Chromium (built product, sample data)', () => {
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

  const RANGE = 'from=2024-01-01&to=2024-12-31';
  // The overview shows one importer: the server's home country (PK) unless the filter bar says otherwise.
  const PAKISTAN = `destination=PK&${RANGE}`;

  it('the source switch puts the official figures in the same overview charts, and says which source is shown', async () => {
    const cargo = await apiGet<AnalyticsSummary>(server, `/api/analytics/summary?groupBy=origin&${PAKISTAN}`);
    const official = await apiGet<AnalyticsSummary>(
      server,
      `/api/analytics/summary?groupBy=origin&source=official&${PAKISTAN}`,
    );
    expect(official.totalTonnes).not.toBe(cargo.totalTonnes);

    await open(page, server.baseUrl, `/?${RANGE}`);
    await chartsReady(page);
    expect(await page.getByTestId('source-note').innerText()).toMatch(/^Cargo records/);
    expect(await kpiFigure(page, 'volume').getAttribute('title')).toBe(`${en(cargo.totalTonnes)} t`);

    await page.getByRole('radio', { name: 'The imported official statistics (UN Comtrade)' }).check();
    await page.waitForURL(/source=official/);
    await kpiFigure(page, 'volume')
      .and(page.getByTitle(`${en(official.totalTonnes)} t`, { exact: true }))
      .waitFor();
    await chartsReady(page);
    expect(await page.getByTestId('source-note').innerText()).toMatch(/^Official statistics \(UN Comtrade/);
    expect(await kpiValue(page, 'suppliers')).toBe(en(official.groups.length));
    expect(await kpiValue(page, 'hhi')).toContain(en(official.hhi as number));
    // The volume and concentration charts are drawn from the official rows.
    expect(await page.locator('canvas').count()).toBe(2);
    for (let i = 0; i < 2; i++) expect(await inkedShare(page, i)).toBeGreaterThan(0.01);
    // The charts official statistics cannot answer say so instead of showing cargo figures.
    await page.getByText('Official statistics have no payment currency').waitFor();
    await page.getByText('Official statistics have no transport mode or route').waitFor();
    const firstSupplier = bodyRows(page.getByRole('table', { name: 'Top suppliers' })).first();
    expect(await firstSupplier.getByRole('rowheader').innerText()).toContain(official.groups[0]?.label);
    await screenshot(page, 'overview-official-1280');

    const phone = await browser.newPage(PHONE);
    await open(phone, server.baseUrl, `/?${RANGE}&source=official`);
    await chartsReady(phone);
    await screenshot(phone, 'overview-official-390');
    await phone.close();
  });

  it('the What-if page cuts a supplier off the official statistics when the source says so', async () => {
    const cut = 'exclude=origin%3ASA';
    const cargo = await apiGet<ScenarioResult>(server, `/api/analytics/scenario?${cut}&${PAKISTAN}`);
    const official = await apiGet<ScenarioResult>(
      server,
      `/api/analytics/scenario?${cut}&source=official&${PAKISTAN}`,
    );
    expect(official.total.atRiskTonnes).not.toBe(cargo.total.atRiskTonnes);

    await open(page, server.baseUrl, `/what-if?${RANGE}&${cut}`);
    await kpiFigure(page, 'at-risk')
      .and(page.getByTitle(`${en(cargo.total.atRiskTonnes)} t`, { exact: true }))
      .waitFor();
    await page.getByRole('radio', { name: 'The imported official statistics (UN Comtrade)' }).check();
    await page.waitForURL(/source=official/);
    await kpiFigure(page, 'at-risk')
      .and(page.getByTitle(`${en(official.total.atRiskTonnes)} t`, { exact: true }))
      .waitFor();
    expect(await page.getByTestId('source-note').innerText()).toMatch(/^Official statistics/);
    // Official statistics have no routes: there is no route picker to cut one with.
    expect(await page.getByRole('button', { name: /Origins to cut off/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Routes to cut off/ }).count()).toBe(0);
    await page.locator('canvas').nth(1).waitFor();
    await waitForInk(page, 0);
    await waitForInk(page, 1);
    await screenshot(page, 'what-if-official-1280');
  });

  it('the Reconciliation page lists the flagged gaps the API computes, with a chart of both sources', async () => {
    const expected = await apiGet<Reconciliation>(
      server,
      '/api/official-stats/reconciliation?destination=PK&from=2025-11-01&to=2026-10-31',
    );
    const flagged = expected.rows.filter((row) => row.flagged);
    expect(flagged.length).toBeGreaterThan(0);

    await open(page, server.baseUrl, '/?from=2025-11-01&to=2026-10-31');
    await page.getByRole('link', { name: 'Reconciliation' }).click();
    await page.waitForURL(/\/reconciliation/);
    await chartsReady(page);
    expect(await kpiValue(page, 'flagged')).toBe(en(expected.flaggedCount));
    const rows = page.locator('[data-testid="gap-rows"] tbody tr');
    expect(await rows.count()).toBe(flagged.length);
    // Newest first: the first row is the last flagged gap of the answer.
    const newest = flagged[flagged.length - 1]!;
    const first = await rows.first().innerText();
    expect(first).toContain(newest.month.slice(0, 7));
    expect(first).toContain(newest.partnerName);
    expect(first).toContain(en(newest.officialTonnes));
    expect(await rows.first().getAttribute('data-gap')).toBe('flagged');
    expect(await inkedShare(page, 0)).toBeGreaterThan(0.01);
    await screenshot(page, 'reconciliation-1280');

    await page.getByRole('radio', { name: 'Every importer, partner, commodity and month' }).check();
    await page.waitForURL(/rows=all/);
    await rows.nth(flagged.length).waitFor();
    expect(await rows.count()).toBe(expected.rows.length);

    const phone = await browser.newPage(PHONE);
    await open(phone, server.baseUrl, '/reconciliation?from=2025-11-01&to=2026-10-31');
    await chartsReady(phone);
    await screenshot(phone, 'reconciliation-390');
    await phone.close();
  });
});
