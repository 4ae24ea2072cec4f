import { startServerProcess, WORKSPACE_ROOT, type ServerProcess } from '@tradeflow/e2e-support';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOTS = join(WORKSPACE_ROOT, 'test-artifacts', 'screenshots');
export const ADMIN_PASSWORD = 'e2e-Dashboard-pass-2026';

/** The product as `npm start` runs it, with the sample data and a known admin password. */
export function startProduct(env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess({
    env: { SAMPLE_DATA: 'true', TRADEFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
  });
}

/** Opens `path`; signs in as admin when the server asks for it (the app shows its main navigation). */
export async function open(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  const signIn = page.getByRole('heading', { name: 'Sign in' });
  const app = page.getByRole('navigation', { name: 'Main' });
  await signIn.or(app).first().waitFor();
  if (await signIn.isVisible()) await signInAs(page, 'admin', ADMIN_PASSWORD);
  await app.waitFor();
}

export async function signInAs(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits until the page says every chart has drawn the current data. */
export async function chartsReady(page: Page): Promise<void> {
  await page.waitForSelector('.page[data-charts-ready="true"]', { timeout: 30_000 });
}

/** A user made through the API (POST /api/users with the admin key): `role` is the real one they sign in with. */
export async function createUser(
  server: ServerProcess,
  user: { username: string; password: string; role: 'viewer' | 'editor' | 'admin' },
): Promise<void> {
  const response = await server.request('/api/users', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (response.status !== 201)
    throw new Error(`POST /api/users: ${response.status} ${await response.text()}`);
}

/** GET on the API with the admin API key the server was started with. */
export async function apiGet<T>(server: ServerProcess, path: string): Promise<T> {
  const response = await server.request(path);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Share of a canvas's pixels that are painted (not transparent, not white): 0 for a blank chart. */
export function inkedShare(page: Page, canvasIndex: number): Promise<number> {
  return page.evaluate((index) => {
    const canvas = document.querySelectorAll('canvas')[index] as HTMLCanvasElement | undefined;
    if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
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
  }, canvasIndex);
}

/** Waits until a canvas has painted more than `share` of its pixels (a chart is drawn, not blank). */
export async function waitForInk(page: Page, canvasIndex: number, share = 0.01): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await inkedShare(page, canvasIndex)) <= share) {
    if (Date.now() > deadline) throw new Error(`canvas ${canvasIndex} stayed blank`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What a screen reader reads as an element's description: the text of what its aria-describedby names. */
export function descriptionOf(element: Locator): Promise<string> {
  return element.evaluate((described) =>
    (described.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
}

/**
 * Waits until a form control is marked invalid and returns its description: the API's message
 * beside the field (and any hint it keeps).
 */
export async function fieldErrorOf(control: Locator): Promise<string> {
  await control.and(control.page().locator('[aria-invalid="true"]')).waitFor();
  return descriptionOf(control);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  // Transitions finish first: a picture never catches a bar or a chart half-way.
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** A KPI tile (or an import's count): the group its label names. */
export const kpiTile = (page: Page | Locator, label: string) =>
  page.getByRole('group', { name: label, exact: true });

/** The figure of a KPI tile: the paragraph after its label. */
export const figureOf = (tile: Locator) => tile.getByRole('paragraph').nth(1);

/**
 * The figure of a KPI tile by the tile's data-kpi key, for tiles whose label changes with the unit or
 * the basis ('Volume', 'Average flow').
 */
export const kpiFigure = (page: Page, kpi: string) => figureOf(page.locator(`[data-kpi="${kpi}"]`));

/** The text of a KPI tile's value (e.g. '1,698'), by the tile's data-kpi key. */
export function kpiValue(page: Page, kpi: string): Promise<string> {
  return kpiFigure(page, kpi).innerText();
}

export const en = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Text of every cell of a card's table view, row by row. */
export async function tableOf(card: Locator): Promise<string[][]> {
  const toggle = card.getByRole('button', { name: 'Show as table' });
  if (await toggle.isVisible()) await toggle.click();
  const rows = bodyRows(card.getByRole('table'));
  await rows.first().waitFor();
  return rows.evaluateAll((trs) =>
    trs.map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((cell) => (cell as HTMLElement).innerText.trim()),
    ),
  );
}

/** The rows of a table's body: those with data cells, not the header row. */
export const bodyRows = (table: Locator) =>
  table.getByRole('row').filter({ has: table.page().getByRole('cell') });

/**
 * A chart card by its exact title: the region its heading names (a card's table view is a region of
 * its own, named after the card too, but has no heading).
 */
export const card = (page: Page, title: string) =>
  page
    .getByRole('region', { name: title, exact: true })
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** Every chart card of the page, in page order: the regions with a "Show as table" toggle. */
export const chartCards = (page: Page) =>
  page.getByRole('region').filter({ has: page.getByRole('button', { name: /^Show as (table|chart)$/ }) });

/** The title of a card: its heading. */
export const titleOf = (card: Locator) => card.getByRole('heading', { level: 2 }).first();

/** A card's subtitle: what the region's aria-describedby names (its description). */
export async function subtitleOf(card: Locator): Promise<Locator> {
  const id = await card.getAttribute('aria-describedby');
  if (!id) throw new Error('the card has no subtitle');
  return card.locator(`[id="${id}"]`);
}

/** The overview's note naming the HHI bands its figures are read against ('Bands: …'). */
export const bandsNote = (page: Page) =>
  card(page, 'Concentration in detail')
    .getByRole('paragraph')
    .filter({ hasText: /^Bands:/ });

/** The summary that opens a bbl/t factors note (a disclosure: click it to open the note). */
export const factorsToggle = (scope: Page | Locator) =>
  scope.getByTitle('Tonnes to barrels: the factors used');

/** The charts of the targets page, in page order: each target's bars per period against its line. */
export const targetCharts = (page: Page) =>
  page.getByRole('img', { name: /per period against the target line$/ });
