import type {
  AnalyticsSummary,
  ConcentrationSeries,
  FlowDiagram,
  Outlook,
  TargetList,
  TargetProgress,
  Timeseries,
} from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, type ServerProcess } from '@tradeflow/e2e-support';
import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  apiGet,
  bandsNote,
  card,
  chartsReady,
  descriptionOf,
  en,
  factorsToggle,
  fieldErrorOf,
  inkedShare,
  kpiFigure,
  kpiTile,
  kpiValue,
  open,
  startProduct,
  subtitleOf,
  tableOf,
} from './support/dashboard';

async function csvOf(page: Page, card: Locator): Promise<string[][]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: /as CSV$/ }).click(),
  ]);
  return parse(await readFile(await download.path(), 'utf8')) as string[][];
}

describe('analyst views in Chromium (built product, sample data)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), 'tradeflow-analyst-'));
    [server, browser] = await Promise.all([startProduct(), launchBrowser({ downloadsPath: downloads })]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await rm(downloads, { recursive: true, force: true });
  });

  it('labels fiscal-year periods as the API does (FY2022-23, FY2023-24)', async () => {
    await open(page, server.baseUrl, '/?from=2022-07-01&to=2024-06-30&granularity=fiscal_year');
    await chartsReady(page);
    expect(await page.getByRole('radio', { name: 'Fiscal years (July\u2013June)' }).isChecked()).toBe(true);
    const volume = card(page, 'Fiscal-year volume by origin');
    expect((await tableOf(volume)).map((row) => row[0])).toEqual(['FY2022-23', 'FY2023-24']);
    const api = await apiGet<ConcentrationSeries>(
      server,
      '/api/analytics/concentration?destination=PK&granularity=fiscal_year&from=2022-07-01&to=2024-06-30',
    );
    const concentration = await tableOf(card(page, 'Supplier concentration over time'));
    expect(concentration.map((row) => row[0])).toEqual(api.labels);
    // HHI, its band under the bands in force, and the change against the year before.
    expect(concentration.map((row) => row.slice(1, 3))).toEqual(
      api.points.map((point) => [en(point.hhi as number), 'Highly concentrated']),
    );
  });

  it('shows flow rates over each period in kb/d, with the conversion factor and its source', async () => {
    const query = 'from=2022-07-01&to=2024-06-30&granularity=fiscal_year&origin=RU&commodity=crude_oil';
    await open(page, server.baseUrl, `/?${query}&units=kbd`);
    await chartsReady(page);
    expect(await page.getByRole('radio', { name: 'Thousand barrels per day' }).isChecked()).toBe(true);
    const volume = card(page, 'Fiscal-year flow rate by origin (kb/d)');
    const api = await apiGet<Timeseries>(
      server,
      `/api/analytics/timeseries?destination=PK&${query}&groupBy=origin&metric=kbd`,
    );
    expect(api.days).toEqual([365, 366]);
    const csv = await csvOf(page, volume);
    expect(csv[0]).toEqual([
      'Period',
      'Russia (thousand barrels per day)',
      'Total (thousand barrels per day)',
    ]);
    expect(csv.slice(1).map((row) => [row[0], Number(row[1])])).toEqual(
      api.labels.map((label, i) => [label, api.series[0]?.values[i]]),
    );
    expect(await tableOf(volume)).toEqual([
      // One number of decimals for the whole table.
      ['FY2022-23', '2.01', '2.01'],
      ['FY2023-24', '1.00', '1.00'],
    ]);

    // The factor behind the barrels, named next to them with its published source.
    const factors = factorsToggle(volume);
    expect(await factors.innerText()).toBe('7.33 bbl/t (crude oil)');
    await factors.click();
    const note = volume.getByRole('group').filter({ has: factorsToggle(page) });
    // Open: the factor's published source shows.
    expect(await note.getByText(/^bp Statistical Review of World Energy/).isVisible()).toBe(true);
    expect(await note.getByText(/API gravity/).innerText()).toBe('No cargo here used its own API gravity.');

    // The tile is the average over all the days of the period.
    const summary = await apiGet<AnalyticsSummary>(
      server,
      '/api/analytics/summary?destination=PK&from=2022-07-01&to=2024-06-30&origin=RU&commodity=crude_oil',
    );
    expect(await kpiTile(page, 'Average flow').getAttribute('data-kpi')).toBe('volume');
    expect(await kpiFigure(page, 'volume').getAttribute('title')).toBe(
      `${(summary.totalBarrels / 731 / 1000).toLocaleString('en-US', { minimumSignificantDigits: 3, maximumSignificantDigits: 3 })} kb/d`,
    );
  });

  it('names the HHI bands it reads against, and takes every figure by USD value on request', async () => {
    const query = 'from=2023-07-01&to=2024-06-30';
    await open(page, server.baseUrl, `/?${query}`);
    await chartsReady(page);
    const volume = await apiGet<AnalyticsSummary>(
      server,
      `/api/analytics/summary?destination=PK&groupBy=origin&${query}`,
    );
    expect(volume.bands.set).toBe('2023');
    expect(await page.locator('[data-kpi="hhi"] [data-bands]').innerText()).toContain('2023 US guidelines');
    const bands = bandsNote(page);
    expect(await bands.getAttribute('data-bands')).toBe('2023');
    expect(await bands.innerText()).toContain('2023 US Merger Guidelines');
    expect(await bands.innerText()).toContain('above 1,800 high');
    expect(await descriptionOf(card(page, 'Supplier concentration over time'))).toContain(
      'bands of the 2023 US Merger Guidelines (high above 1,800)',
    );
    // Beside the HHI: top-1, top-3, GCC share, WITS-normalised HHI and suppliers, as the API says.
    const figure = (name: string) => page.locator(`[data-figure="${name}"] dd`).innerText();
    expect(await figure('top3')).toBe(`${en((volume.top3Share as number) * 100, 1)}%`);
    expect(await figure('region-group')).toBe(`${en((volume.regionGroupShare as number) * 100, 1)}%`);
    expect(await figure('normalised')).toBe(en(volume.normalisedHhi as number, 3));
    expect(await figure('suppliers')).toBe(String(volume.suppliers));
    expect(await figure('change')).toMatch(
      /^[+\u2212]?[\d,.]+\s+(not significant|no rise|significant rise)$/,
    );

    await page.getByRole('radio', { name: 'Shares and indices by USD value' }).check();
    await page.waitForURL(/basis=value/);
    const value = await apiGet<AnalyticsSummary>(
      server,
      `/api/analytics/summary?destination=PK&groupBy=origin&basis=value&${query}`,
    );
    await kpiFigure(page, 'hhi')
      .filter({ hasText: en(value.hhi as number) })
      .waitFor();
    await chartsReady(page);
    // The sample ships an fx rate for every currency it pays in: nothing counts as 0.
    expect(value.shipmentsWithoutFxRate).toBe(0);
    expect(await page.getByTestId('fx-note').innerText()).toBe('every shipment with a value has an fx rate');
    expect(await figure('top3')).toBe(`${en((value.top3Share as number) * 100, 1)}%`);
    expect(await descriptionOf(card(page, 'Top suppliers'))).toContain('by USD value');
  });

  it('draws the flow diagram and drills down from a flow to exactly its shipments', async () => {
    const query = 'from=2023-06-01&to=2023-06-30';
    await open(page, server.baseUrl, `/flows?${query}`);
    await chartsReady(page);
    expect(await inkedShare(page, 0)).toBeGreaterThan(0.05);
    const diagram = await apiGet<FlowDiagram>(server, `/api/analytics/flows?destination=PK&${query}`);
    expect(await kpiValue(page, 'flow-shipments')).toBe(en(diagram.shipmentCount));

    // Point at the Russia -> Sea band until the page names it, then click it.
    const index = diagram.links.findIndex(
      (link) => link.source === 'origin:RU' && link.target === 'route:sea',
    );
    const link = diagram.links[index] as FlowDiagram['links'][number];
    const box = (await page.locator('canvas').first().boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    const hint = card(page, 'Flow diagram').getByRole('status');
    let found = false;
    for (const fraction of [0.3, 0.2, 0.4]) {
      for (let y = box.y + 2; y < box.y + box.height && !found; y += 3) {
        await page.mouse.move(box.x + box.width * fraction, y);
        found = (await hint.getAttribute('data-hovered-flow')) === String(index);
      }
      if (found) break;
    }
    expect(found).toBe(true);
    expect(await hint.innerText()).toContain('Russia → Sea');
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForURL(/\/shipments\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      from: '2023-06-01',
      to: '2023-06-30',
      origin: 'RU',
      route: 'sea',
    });
    const count = `1\u2013${link.shipments} of ${link.shipments}`;
    await page.getByRole('status').filter({ hasText: count }).waitFor();
    expect(await page.locator('tr[data-reference="PK-RU-CRUDE-2023-001"]').count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Flow filters' }).innerText()).toContain('Route: Sea');

    // The keyboard way: the table view's rows are links to the same lists.
    await page.goBack();
    await chartsReady(page);
    const flows = card(page, 'Flow diagram');
    await flows.getByRole('button', { name: 'Show as table' }).click();
    const karachi = diagram.links.find((l) => l.target === 'port:PKKHI') as FlowDiagram['links'][number];
    await flows.getByRole('link', { name: 'Sea → Karachi' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/dischargePort=PKKHI/);
    await page
      .getByRole('status')
      .filter({ hasText: `of ${karachi.shipments}` })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('route')).toBe('sea');
  });

  it('tracks the sample targets per fiscal year exactly as the API reports them, and edits targets', async () => {
    const query = 'from=2022-07-01&to=2024-06-30&granularity=fiscal_year';
    await open(page, server.baseUrl, `/targets?${query}`);
    const { items } = await apiGet<TargetList>(server, '/api/targets');
    const russian = items.find((target) => target.name === 'Russian crude 100,000 b/d');
    expect(russian).toBeDefined();
    const progress = await apiGet<TargetProgress>(
      server,
      `/api/targets/${russian?.id}/progress?${query}&destination=PK`,
    );
    const russianCard = card(page, 'Russian crude 100,000 b/d');
    await russianCard.getByRole('img').waitFor();
    const csv = await csvOf(page, russianCard);
    expect(csv.slice(1)).toEqual(
      progress.periods.map((period) => [
        period.label,
        String(period.days),
        String(period.actual),
        String(period.target),
        period.met ? 'met' : 'not met',
        String(period.gap),
      ]),
    );
    expect((await tableOf(russianCard)).map((row) => [row[0], row[2], row[4]])).toEqual([
      ['FY2022-23', '2,008 b/d', 'not met'],
      ['FY2023-24', '1,001 b/d', 'not met'],
    ]);
    const totalRate = progress.total.actual as number;
    expect(await russianCard.locator('[data-target-total]').innerText()).toContain(
      `${en(totalRate, totalRate >= 1000 ? 0 : 1)} b/d`,
    );
    expect(await descriptionOf(card(page, 'GCC share below 60%'))).toContain('not met');

    // Create, edit and delete a target through the form.
    await page.getByRole('button', { name: 'New target' }).click();
    await page.getByLabel('Name').fill('UAE share at most 40%');
    await page.getByLabel('Target', { exact: true }).selectOption('share_max');
    await page.getByLabel('Share (%)').fill('40');
    await page.getByLabel('Of', { exact: true }).selectOption('origin');
    await page.getByLabel('Origin country').selectOption('AE');
    await page.getByRole('button', { name: 'Add target' }).click();
    const uae = card(page, 'UAE share at most 40%');
    await uae.getByRole('img').waitFor();
    expect(await descriptionOf(uae)).toContain('United Arab Emirates: a share of at most 40.0%');
    await uae.getByRole('button', { name: 'Edit UAE share at most 40%' }).click();
    await page.getByLabel('Share (%)').fill('140');
    await page.getByRole('button', { name: 'Save target' }).click();
    expect(await fieldErrorOf(page.getByLabel('Share (%)'))).toBe('a share is at most 100%');
    await page.getByLabel('Share (%)').fill('30');
    await page.getByRole('button', { name: 'Save target' }).click();
    await (await subtitleOf(uae)).filter({ hasText: 'at most 30.0%' }).waitFor();
    await uae.getByRole('button', { name: 'Delete UAE share at most 40%' }).click();
    await page.getByRole('button', { name: 'Delete target' }).click();
    await uae.waitFor({ state: 'detached' });
    const after = await apiGet<TargetList>(server, '/api/targets');
    expect(after.items.map((target) => target.name).sort()).toEqual(
      items.map((target) => target.name).sort(),
    );
  });

  it('shows how HHI and the currency mix move when the incoming cargoes land, as the API computes', async () => {
    await open(page, server.baseUrl, '/what-if/incoming');
    const notice = page.getByRole('note');
    expect(await notice.innerText()).toContain('2 contracted or in-transit cargoes are expected');
    await notice.getByRole('button').click();
    await page.waitForURL(/from=2026-07-01&to=2027-06-30/);
    const outlook = await apiGet<Outlook>(
      server,
      '/api/analytics/outlook?destination=PK&granularity=quarter&from=2026-07-01&to=2027-06-30',
    );
    const { total } = outlook;
    await kpiFigure(page, 'hhi-origin')
      .filter({ hasText: en(total.withIncoming.hhiByOrigin as number) })
      .waitFor();
    expect(await kpiValue(page, 'incoming')).toBe('200 kt');
    expect(await page.locator('[data-detail="hhi-origin"]').innerText()).toBe(
      `now ${en(total.delivered.hhiByOrigin as number)} · \u2212${en(-(total.hhiByOriginChange as number), 1)}`,
    );
    expect(await kpiValue(page, 'hhi-currency')).toContain(en(total.withIncoming.hhiByCurrency as number));
    expect(await page.locator('[data-detail="hhi-currency"]').innerText()).toBe(
      `now ${en(total.delivered.hhiByCurrency as number)} · \u2212${en(-(total.hhiByCurrencyChange as number), 1)}`,
    );
    expect(await kpiValue(page, 'currency-shift')).toBe('CNY');
    const cny = total.withIncoming.currencyMix.find((item) => item.key === 'CNY');
    const cnyBefore = total.delivered.currencyMix.find((item) => item.key === 'CNY');
    const mix = await tableOf(card(page, 'Currency mix before and after'));
    expect(mix.find((row) => row[0] === 'CNY')?.slice(1, 3)).toEqual([
      `${en((cnyBefore?.share ?? 0) * 100, 1)}%`,
      `${en((cny?.share ?? 0) * 100, 1)}%`,
    ]);
    expect(await inkedShare(page, 0)).toBeGreaterThan(0.01);
  });
});
