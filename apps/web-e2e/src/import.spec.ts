import type { Page as ApiPage, Shipment } from '@tradeflow/domain';
import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { type BrowserSession, launchBrowser, type ServerProcess } from '@tradeflow/e2e-support';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { apiGet, figureOf, kpiTile, open, screenshot, startProduct } from './support/dashboard';

function line(reference: string, origin: string, tonnes: string): string {
  const cells: Record<string, string> = {
    reference,
    commodity: 'crude_oil',
    origin_country: origin,
    transport_mode: 'sea',
    volume_tonnes: tonnes,
    arrival_date: '2026-10-20',
    status: 'delivered',
  };
  return SHIPMENT_CSV_COLUMNS.map((column) => cells[column] ?? '').join(',');
}

describe('bulk CSV import in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  let folder: string;
  let file: string;
  const stamp = Date.now();

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tradeflow-import-'));
    file = join(folder, 'cargoes.csv');
    await writeFile(
      file,
      [
        SHIPMENT_CSV_COLUMNS.join(','),
        line(`IMP-${stamp}-1`, 'NO', '30000'),
        line(`IMP-${stamp}-2`, 'XX', '31000'),
        line(`IMP-${stamp}-3`, 'BR', '-5'),
        line(`IMP-${stamp}-4`, 'GY', '32000'),
      ].join('\n') + '\n',
    );
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
    await rm(folder, { recursive: true, force: true });
  });

  it('shows the rejected lines with their line numbers, stores nothing, then imports the good lines', async () => {
    await open(page, server.baseUrl, '/shipments?range=all');
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { name: 'Import shipments from CSV' }).waitFor();
    await page.getByLabel('CSV file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const result = page.getByRole('region', { name: 'Import result' });
    await result.waitFor();
    const rejected = result.locator('table tbody tr');
    await rejected.first().waitFor();
    const lines = await rejected.locator('th').allInnerTexts();
    expect([...new Set(lines)]).toEqual(['3', '4']);
    expect(await result.innerText()).toMatch(/origin_country/);
    expect(await result.innerText()).toMatch(/Nothing was stored/);
    await screenshot(page, 'import-rejected-desktop');
    let stored = await apiGet<ApiPage<Shipment>>(server, `/api/shipments?q=IMP-${stamp}`);
    expect(stored.total).toBe(0);

    await page.getByRole('radio', { name: 'Import the good lines' }).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await result.getByText('Added').waitFor();
    await figureOf(kpiTile(result, 'Added')).filter({ hasText: /^2$/ }).waitFor();
    stored = await apiGet<ApiPage<Shipment>>(server, `/api/shipments?q=IMP-${stamp}&sort=reference:asc`);
    expect(stored.items.map((s) => s.reference)).toEqual([`IMP-${stamp}-1`, `IMP-${stamp}-4`]);
  });
});
