import type { AnalyticsSummary } from '@tradeflow/domain';
import {
  type BrowserSession,
  launchBrowser,
  type ServerProcess,
  startServerProcess,
} from '@tradeflow/e2e-support';
import type { Page } from 'playwright-core';
import {
  ADMIN_PASSWORD,
  apiGet,
  bandsNote,
  card,
  chartsReady,
  descriptionOf,
  en,
  kpiFigure,
  open,
} from './support/dashboard';

describe('HHI bands follow the server setting (HHI_BANDS=2010)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startServerProcess({
        env: { SAMPLE_DATA: 'true', TRADEFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD, HHI_BANDS: '2010' },
      }),
      launchBrowser(),
    ]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('names the 2010 guidelines and bands the HHI by their thresholds', async () => {
    const query = 'from=2023-07-01&to=2024-06-30';
    await open(page, server.baseUrl, `/?${query}`);
    await chartsReady(page);
    const summary = await apiGet<AnalyticsSummary>(
      server,
      `/api/analytics/summary?destination=PK&groupBy=origin&${query}`,
    );
    expect(summary.bands.set).toBe('2010');
    expect(summary.band).toBe('high');
    expect(await kpiFigure(page, 'hhi').innerText()).toContain(en(summary.hhi as number));
    expect(await page.locator('[data-kpi="hhi"] [data-bands]').innerText()).toContain('2010 US guidelines');
    const note = bandsNote(page);
    expect(await note.getAttribute('data-bands')).toBe('2010');
    expect(await note.innerText()).toContain('2010 US Horizontal Merger Guidelines');
    expect(await note.innerText()).toContain(
      'below 1,500 unconcentrated, 1,500\u20132,500 moderate, above 2,500 high',
    );
    expect(await descriptionOf(card(page, 'Supplier concentration over time'))).toContain(
      '(high above 2,500)',
    );
  });
});
