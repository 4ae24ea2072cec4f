import {
  type AnalyticsSummary,
  type Page as ApiPage,
  chokepointName,
  type Shipment,
} from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, type ServerProcess } from '@tradeflow/e2e-support';
import type { Page } from 'playwright-core';
import {
  apiGet,
  bodyRows,
  chartsReady,
  en,
  fieldErrorOf,
  kpiFigure,
  kpiValue,
  open,
  startProduct,
} from './support/dashboard';

// One month of the sample data, so the new shipment is easy to see in the table and the totals.
const MONTH = 'from=2026-10-01&to=2026-10-31';

describe('shipments in Chromium (built product, sample data)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  const reference = `E2E-NG-${Date.now()}`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('adds a shipment through the form: field errors first, then it is in the table and the totals', async () => {
    const before = await apiGet<AnalyticsSummary>(
      server,
      `/api/analytics/summary?destination=PK&groupBy=origin&${MONTH}`,
    );

    await open(page, server.baseUrl, `/shipments?${MONTH}`);
    await page.getByRole('table', { name: /^Shipments, sorted by/ }).waitFor();
    await page.getByRole('link', { name: 'Add shipment' }).click();
    await page.getByRole('heading', { name: 'Add a shipment' }).waitFor();

    await page.getByLabel('Reference').fill(reference);
    await page.getByLabel('Commodity').selectOption('crude_oil');
    await page.getByLabel('Origin country').selectOption('NG');
    await page.getByLabel('Volume (t)').fill('-12');
    await page.getByLabel('Value').fill('6500000');
    await page.getByLabel('Payment currency').selectOption('USD');
    await page.getByLabel('Arrival date').fill('2026-10-15');
    await page.getByRole('button', { name: 'Add shipment' }).click();

    // The API rejects the volume; its message is shown beside the field, and nothing was stored.
    const volume = page.getByLabel('Volume (t)');
    expect(await fieldErrorOf(volume)).toMatch(/greater than 0/);

    await volume.fill('45000.5');
    await page.getByRole('button', { name: 'Add shipment' }).click();
    await page.getByRole('heading', { name: 'Shipments' }).waitFor();
    await page.getByText(`Shipment ${reference} added`).waitFor();
    expect(new URL(page.url()).search).toContain('from=2026-10-01');

    await page.getByLabel('Search').fill(reference);
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Nigeria');
    expect(await row.innerText()).toContain('45,001 t');

    const stored = await apiGet<ApiPage<Shipment>>(server, `/api/shipments?q=${reference}`);
    expect(stored.items.map((s) => [s.reference, s.volumeTonnes, s.originCountry])).toEqual([
      [reference, 45000.5, 'NG'],
    ]);

    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await chartsReady(page);
    expect(new URL(page.url()).search).toContain('from=2026-10-01');
    expect(await kpiValue(page, 'shipments')).toBe(en(before.shipmentCount + 1));
    expect(await kpiValue(page, 'suppliers')).toBe(en(before.groups.length + 1));
    expect(await kpiFigure(page, 'volume').getAttribute('title')).toBe(
      `${en(before.totalTonnes + 45000.5)} t`,
    );
    expect(await page.getByRole('table', { name: 'Top suppliers' }).innerText()).toContain('Nigeria');
  });

  it('edits and then deletes the shipment after confirmation', async () => {
    await open(page, server.baseUrl, `/shipments?${MONTH}&q=${reference}`);
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await row.waitFor();
    await row.getByRole('link', { name: `Edit ${reference}` }).click();
    await page.getByRole('heading', { name: `Edit ${reference}` }).waitFor();
    expect(await page.getByLabel('Reference').getAttribute('readonly')).not.toBeNull();
    await page.getByLabel('Volume (t)').fill('50000');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Shipment ${reference} saved`).waitFor();
    await row.filter({ hasText: '50,000 t' }).waitFor();

    await row.getByRole('button', { name: `Delete ${reference}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.count()).toBe(1);

    await row.getByRole('button', { name: `Delete ${reference}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete shipment' }).click();
    await page.getByText(`Shipment ${reference} deleted`).waitFor();
    await page.getByText('No shipments match').waitFor();
    const stored = await apiGet<ApiPage<Shipment>>(server, `/api/shipments?q=${reference}`);
    expect(stored.total).toBe(0);
  });

  it("overrides a sea cargo's chokepoints by hand (round the Cape, not Suez), then derives them again", async () => {
    const russian = await apiGet<ApiPage<Shipment>>(server, '/api/shipments?origin=RU&mode=sea&limit=100');
    const cargo = russian.items.find((s) => s.status === 'delivered' && s.chokepointsPassed.includes('suez'));
    if (!cargo) throw new Error('the sample has no Russian sea cargo through Suez');
    expect(cargo.chokepoints).toBeNull();
    const reload = async () =>
      (await apiGet<ApiPage<Shipment>>(server, `/api/shipments?q=${cargo.reference}`)).items[0];
    // Waits for this save's PATCH, not for a toast: the first save's toast may still be showing.
    const save = async () => {
      const patched = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' && response.url().endsWith(`/api/shipments/${cargo.id}`),
      );
      await page.getByRole('button', { name: 'Save changes' }).click();
      expect((await patched).status()).toBe(200);
      await page.getByRole('heading', { name: `Edit ${cargo.reference}` }).waitFor({ state: 'detached' });
    };

    const listing = `/shipments?q=${cargo.reference}&destination=${cargo.destinationCountry}&from=${cargo.arrivalDate}&to=${cargo.arrivalDate}`;
    await open(page, server.baseUrl, listing);
    const row = page.locator(`tr[data-reference="${cargo.reference}"]`);
    await row.getByRole('link', { name: `Edit ${cargo.reference}` }).click();
    await page.getByRole('heading', { name: `Edit ${cargo.reference}` }).waitFor();
    const derived = cargo.chokepointsPassed.map((code) => chokepointName(code)).join(', ');
    const fromTable = page.getByRole('radio', { name: `From the sea-lane table: ${derived}` });
    expect(await fromTable.isChecked()).toBe(true);

    await page.getByRole('radio', { name: /^Set by hand/ }).check();
    // The choice starts from the table's answer; the voyage went round the Cape instead.
    expect(await page.getByRole('checkbox', { name: 'Suez Canal / SUMED pipeline' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'Suez Canal / SUMED pipeline' }).uncheck();
    await page.getByRole('checkbox', { name: 'Bab el-Mandeb' }).uncheck();
    await page.getByRole('checkbox', { name: 'Cape of Good Hope' }).check();
    await save();
    const overridden = await reload();
    const expected = cargo.chokepointsPassed
      .filter((code) => code !== 'suez' && code !== 'bab_el_mandeb')
      .concat('cape_of_good_hope');
    expect([...(overridden?.chokepoints ?? [])].sort()).toEqual([...expected].sort());
    expect([...(overridden?.chokepointsPassed ?? [])].sort()).toEqual([...expected].sort());

    await row.getByRole('link', { name: `Edit ${cargo.reference}` }).click();
    await page.getByRole('heading', { name: `Edit ${cargo.reference}` }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Cape of Good Hope' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: `From the sea-lane table: ${derived}` }).check();
    await save();
    const derivedAgain = await reload();
    expect(derivedAgain?.chokepoints).toBeNull();
    expect(derivedAgain?.chokepointsPassed).toEqual(cargo.chokepointsPassed);
  });

  it('sorts and pages on the server, and keeps both in the URL', async () => {
    await open(page, server.baseUrl, '/shipments?range=all&limit=25');
    await page.getByRole('table', { name: /^Shipments, sorted by/ }).waitFor();
    await page.getByRole('button', { name: /^Volume/ }).click();
    await page.waitForURL(/sort=volumeTonnes%3Adesc/);
    const largest = await apiGet<ApiPage<Shipment>>(
      server,
      '/api/shipments?destination=PK&sort=volumeTonnes:desc&limit=1',
    );
    await bodyRows(page.getByRole('table', { name: /^Shipments, sorted by/ }))
      .first()
      .filter({ hasText: largest.items[0]?.reference })
      .waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/offset=25/);
    await page.getByText(/^26–50 of /).waitFor();
    await page.goBack();
    await page.getByText(/^1–25 of /).waitFor();
  });
});
