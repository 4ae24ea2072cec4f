import type { Page as ApiPage, Shipment, ShipmentSourceList } from '@tradeflow/domain';
import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, type ServerProcess } from '@tradeflow/e2e-support';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { apiGet, bodyRows, fieldErrorOf, open, startProduct } from './support/dashboard';

function line(reference: string, tonnes: string): string {
  const cells: Record<string, string> = {
    reference,
    commodity: 'crude_oil',
    origin_country: 'NG',
    transport_mode: 'sea',
    volume_tonnes: tonnes,
    arrival_date: '2026-10-21',
    status: 'delivered',
  };
  return SHIPMENT_CSV_COLUMNS.map((column) => cells[column] ?? '').join(',');
}

describe('shipment records in Chromium: route, sources, history, legs, dry-run import', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  let folder: string;
  let firstCargo: Shipment;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tradeflow-records-'));
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
    page = await browser.newPage();
    const found = await apiGet<ApiPage<Shipment>>(server, '/api/shipments?q=PK-RU-CRUDE-2023-001');
    firstCargo = found.items[0] as Shipment;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await rm(folder, { recursive: true, force: true });
  });

  it('opens a shipment from the list and shows its route leg by leg, the origin kept apart', async () => {
    await open(page, server.baseUrl, '/shipments?from=2023-06-01&to=2023-06-30&origin=RU');
    await page.getByRole('link', { name: 'PK-RU-CRUDE-2023-001', exact: true }).click();
    await page.getByRole('heading', { name: 'PK-RU-CRUDE-2023-001' }).waitFor();
    const chain = page.getByRole('list', { name: 'Route, stop by stop' });
    // Each stop reads its country, then its role (and port), then the hop to the next stop.
    const stops = (await chain.getByRole('listitem').allInnerTexts()).map((stop) =>
      stop
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
    expect(stops.map(([country]) => country)).toEqual(['Russia', 'Oman', 'Pakistan']);
    expect(stops.map(([, role]) => role)).toEqual([
      'origin · Ust-Luga (RUULU)',
      'transit',
      'destination · Karachi (PKKHI)',
    ]);
    const field = (name: string) => page.locator(`[data-field="${name}"] dd`).innerText();
    expect(await field('sts')).toBe('off Sohar, Oman');
    expect(await field('transit')).toBe('Oman');
    expect(await field('load-port')).toBe('Ust-Luga (RUULU)');
    expect(await field('factor')).toContain('7.33 bbl/t, the published factor for crude oil');
    expect(await bodyRows(page.getByRole('table', { name: 'Legs of the route' })).count()).toBe(2);
  });

  it('makes another source the figure of record: the volume changes, every source stays, the history says so', async () => {
    await open(page, server.baseUrl, `/shipments/${firstCargo.id}`);
    const items = page.getByRole('list', { name: 'Sources' }).getByRole('listitem');
    await items.nth(2).waitFor();
    expect(await page.locator('[data-source-volume]').allInnerTexts()).toEqual([
      '45,000 t',
      '45,122 t',
      '45,142 t',
    ]);
    // The figure of record is the cargo's volume.
    const cargo = page.getByRole('region', { name: 'Cargo' });
    expect(await cargo.getByText('45,000 t', { exact: true }).count()).toBe(1);

    await page
      .getByRole('button', {
        name: 'Make this the figure of record: Port report: Pure Point carrying 45,142 t at oil berth OP2',
      })
      .click();
    await cargo.getByText('45,142 t', { exact: true }).waitFor();
    // The sources list is fetched again after the shipment: wait for it to say the new record.
    await items
      .filter({ has: page.getByText('Figure of record', { exact: true }) })
      .filter({ hasText: 'Port report' })
      .waitFor();
    expect(await items.count()).toBe(3);
    expect(
      await items
        .filter({ hasText: 'News article' })
        .getByText(/against the record$/)
        .innerText(),
    ).toBe('\u2212142 t against the record');
    const stored = await apiGet<Shipment>(server, `/api/shipments/${firstCargo.id}`);
    expect(stored.volumeTonnes).toBe(45142);
    const history = page.getByRole('region', { name: 'History' }).getByRole('listitem').first();
    await history.waitFor();
    expect(await history.innerText()).toMatch(/Changed by admin/);
    expect(await history.innerText()).toContain('Volume (t): 45,000 → 45,142');

    // Back to the article's figure, so the sample reads as before.
    await page.getByRole('button', { name: /^Make this the figure of record: News article/ }).click();
    await cargo.getByText('45,000 t', { exact: true }).waitFor();
  });

  it('adds and deletes a source, with the API checking it', async () => {
    await open(page, server.baseUrl, `/shipments/${firstCargo.id}`);
    await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').nth(2).waitFor();
    await page.getByRole('button', { name: 'Add a source' }).click();
    const form = page.getByRole('form', { name: 'Add a source' });
    await form.getByLabel('URL').fill('not a url');
    await form.getByRole('button', { name: 'Add source' }).click();
    expect(await fieldErrorOf(form.getByLabel('URL'))).toBe('must be an absolute http or https URL');
    await form.getByLabel('URL').fill('https://example.org/tanker-tracking/pure-point');
    await form.getByLabel('Document name').fill('Tanker tracking estimate (e2e)');
    await form.getByLabel('Reported volume (t)').fill('45,300');
    await form.getByRole('button', { name: 'Add source' }).click();
    const added = page
      .getByRole('list', { name: 'Sources' })
      .getByRole('listitem')
      .filter({ hasText: 'Tanker tracking estimate (e2e)' });
    await added.waitFor();
    expect(await added.locator('[data-source-volume]').innerText()).toBe('45,300 t');
    const list = await apiGet<ShipmentSourceList>(server, `/api/shipments/${firstCargo.id}/sources`);
    expect(list.items).toHaveLength(4);
    await added.getByRole('button', { name: /^Delete the source/ }).click();
    await page.getByRole('button', { name: 'Delete source' }).click();
    await added.waitFor({ state: 'detached' });
    expect(
      (await apiGet<ShipmentSourceList>(server, `/api/shipments/${firstCargo.id}/sources`)).items,
    ).toHaveLength(3);
  });

  it('edits legs in the form and shows the API message beside them', async () => {
    await open(page, server.baseUrl, `/shipments/${firstCargo.id}/edit`);
    const legs = page.getByRole('group', { name: 'Legs' });
    await legs.getByRole('listitem', { name: 'Leg 2' }).waitFor();
    expect(await legs.getByRole('listitem', { name: 'Leg 1' }).getByLabel('To').inputValue()).toBe('OM');
    // A road leg last while the shipment goes by sea: refused, nothing saved.
    await legs.getByRole('listitem', { name: 'Leg 2' }).getByLabel('Mode').selectOption('road');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await legs.getByText(/last leg's mode \(road\) must be the transport mode \(sea\)/).waitFor();
    expect((await apiGet<Shipment>(server, `/api/shipments/${firstCargo.id}`)).legs).toEqual(firstCargo.legs);
    await legs.getByRole('listitem', { name: 'Leg 2' }).getByLabel('Mode').selectOption('sea');
    await page.getByLabel('API gravity (°API)').fill('31.5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Shipment PK-RU-CRUDE-2023-001 saved').waitFor();
    const saved = await apiGet<Shipment>(server, `/api/shipments/${firstCargo.id}`);
    expect(saved).toMatchObject({ apiGravity: 31.5, legs: firstCargo.legs });
    expect(saved.barrelsPerTonne).not.toBe(7.33);
    await open(page, server.baseUrl, `/shipments/${firstCargo.id}`);
    expect(await page.locator('[data-field="factor"] dd').innerText()).toContain(
      'from its API gravity of 31.50°',
    );
  });

  it('a dry-run import reports what would change and writes nothing', async () => {
    const stamp = Date.now();
    const file = join(folder, 'dry-run.csv');
    await writeFile(
      file,
      [
        SHIPMENT_CSV_COLUMNS.join(','),
        line(`DRY-${stamp}-1`, '30000'),
        line(`DRY-${stamp}-2`, '31000'),
        line(`DRY-${stamp}-3`, '-4'),
      ].join('\n') + '\n',
    );
    await open(page, server.baseUrl, '/shipments/import');
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('radio', { name: 'Import the good lines' }).check();
    await page.getByLabel('Dry run: check only, store nothing').check();
    await page.getByRole('button', { name: 'Check the file' }).click();
    const result = page.getByRole('region', { name: 'Dry run result' });
    await result.waitFor();
    expect(await result.locator('[data-count="inserted"]').innerText()).toBe('2');
    expect(await result.getByText('Dry run: nothing was stored.').count()).toBe(1);
    expect(await result.locator('table tbody tr').count()).toBe(1);
    const none = await apiGet<ApiPage<Shipment>>(server, `/api/shipments?q=DRY-${stamp}`);
    expect(none.total).toBe(0);

    await result.getByRole('button', { name: 'Import it for real' }).click();
    await page.getByRole('region', { name: 'Import result' }).waitFor();
    const stored = await apiGet<ApiPage<Shipment>>(server, `/api/shipments?q=DRY-${stamp}`);
    expect(stored.total).toBe(2);
  });
});
