import type { AnalyticsSummary } from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, type ServerProcess } from '@tradeflow/e2e-support';
import type { Page } from 'playwright-core';
import { apiGet, chartsReady, en, open, screenshot, startProduct } from './support/dashboard';

/*
 * The risk-weighted HHI, sum(r_i * (100 * s_i)^2), in Chromium against the real API: an admin sets a
 * supplier's score on the Risk scores page and the Overview's concentration figures follow. The
 * expected figures are computed here from the shares the API answers.
 */
describe('risk-weighted concentration in Chromium (built product, sample data)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  const PERIOD = 'from=2024-07-01&to=2025-06-30';
  const summaryPath = `/api/analytics/summary?groupBy=origin&destination=PK&${PERIOD}`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  const riskWeighted = () => page.locator('[data-figure="risk-weighted"] dd');

  it('weights every supplier 0.5 until an admin sets a score, then the Overview shows the new weighting', async () => {
    const before = await apiGet<AnalyticsSummary>(server, summaryPath);
    const hhi = before.hhi as number;
    expect(before.riskWeightedHhi).toBeCloseTo(0.5 * hhi, 6);

    await open(page, server.baseUrl, `/?${PERIOD}`);
    await chartsReady(page);
    expect(await riskWeighted().innerText()).toBe(en(0.5 * hhi));

    await open(page, server.baseUrl, '/risk-scores');
    await page.getByLabel('Risk score of Saudi Arabia').fill('0.9');
    await page.getByLabel('Why Saudi Arabia has this score').fill('test: one supplier riskier than the rest');
    await page.getByRole('button', { name: 'Save 1 score' }).click();
    await page.getByRole('button', { name: 'Save scores' }).waitFor();
    const saudi = page.locator('tr[data-country="SA"]');
    // Scored now: no longer marked as at the default score.
    expect(await saudi.getByText('default', { exact: true }).count()).toBe(0);
    await screenshot(page, 'risk-scores-1280');

    const saudiShare = before.groups.find((group) => group.key === 'SA')?.share as number;
    expect(saudiShare).toBeGreaterThan(0);
    const expected = 0.5 * hhi + (0.9 - 0.5) * (100 * saudiShare) ** 2;
    const after = await apiGet<AnalyticsSummary>(server, summaryPath);
    expect(after.riskWeightedHhi).toBeCloseTo(expected, 6);

    await open(page, server.baseUrl, `/?${PERIOD}`);
    await chartsReady(page);
    await page.locator(`[data-figure="risk-weighted"] dd:text-is("${en(expected)}")`).waitFor();
    expect(await page.locator('[data-figure="risk-weighted"] dt').getAttribute('title')).toMatch(/IEA/);
    await screenshot(page, 'overview-risk-weighted-1280');
  });
});
