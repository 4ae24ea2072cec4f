import { type BrowserSession, launchBrowser, PHONE, type ServerProcess } from '@tradeflow/e2e-support';
import type { Page } from 'playwright-core';
import {
  createUser,
  fieldErrorOf,
  inkedShare,
  open,
  screenshot,
  signInAs,
  startProduct,
} from './support/dashboard';

/**
 * The admin screens against the real API: API keys (created, shown once, used, revoked), users
 * (created, role changed, password reset, deleted), fx rates (one added, a CSV uploaded, one
 * corrected) and what a viewer sees of them (nothing; the API answers 403).
 */
describe('admin screens in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  const whoAmI = (key: string) =>
    fetch(`${server.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${key}` } });

  it('creates an API key shown once with its curl line, lists its last use, and revokes it', async () => {
    const page = await browser.newPage();
    await open(page, server.baseUrl, '/');
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await page.getByRole('button', { name: 'New key' }).click();
    await page.getByLabel('Name (what uses it)').fill('nightly-import');
    await page.getByLabel('Role').selectOption('editor');
    await page.getByRole('button', { name: 'Create key' }).click();

    const key = (await page.getByTestId('new-api-key').innerText()).trim();
    expect(key).toMatch(/^tf_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Copy key' }).waitFor();
    const curl = page.getByText(`curl -s -H "authorization: Bearer ${key}" ${server.baseUrl}/api/auth/me`);
    await curl.waitFor();
    await screenshot(page, 'admin-api-key-created-1280');

    const me = await whoAmI(key);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ username: 'nightly-import', role: 'editor', via: 'api-key' });

    await page.getByRole('button', { name: 'Done, I have copied it' }).click();
    await page.reload();
    const row = page.locator('tr[data-key="nightly-import"]');
    await row.waitFor();
    // Shown once: after leaving it, the page has only the prefix.
    expect(await page.locator('body').innerText()).not.toContain(key);
    expect(await row.locator('td').nth(2).innerText()).not.toBe('never');

    await page.setViewportSize(PHONE);
    await screenshot(page, 'admin-api-keys-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    await row.getByRole('button', { name: 'Revoke nightly-import' }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'admin-api-key-revoke-1280');
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await row.getByText(/revoked/).waitFor();
    expect((await whoAmI(key)).status).toBe(401);
    await screenshot(page, 'admin-api-keys-1280');
    await page.close();
  });

  it('creates a user, changes their role, resets their password and deletes them', async () => {
    const page = await browser.newPage();
    await open(page, server.baseUrl, '/admin/users');
    await page.getByRole('button', { name: 'New user' }).click();
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('Username').fill('analyst-two');
    await form.getByLabel('Password').fill('short');
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByRole('button', { name: 'Create user' }).click();
    // The API's rule, shown beside the field.
    expect(await fieldErrorOf(form.getByLabel('Password'))).toMatch(/must be at least \d+ characters/);
    await form.getByLabel('Password').fill('a fine long passphrase');
    await form.getByRole('button', { name: 'Create user' }).click();
    const row = page.locator('tr[data-user="analyst-two"]');
    await row.waitFor();

    await row.getByLabel('Role of analyst-two').selectOption('editor');
    await page.getByText('analyst-two is now editor').waitFor();
    const users = (await (await server.request('/api/users')).json()) as { username: string; role: string }[];
    expect(users.find((user) => user.username === 'analyst-two')?.role).toBe('editor');

    await row.getByRole('button', { name: 'Reset password of analyst-two' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New password').fill('another long passphrase');
    await screenshot(page, 'admin-users-reset-1280');
    await dialog.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('New password set for analyst-two').waitFor();
    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'analyst-two', password: 'another long passphrase' }),
    });
    expect(login.status).toBe(200);

    await page.setViewportSize(PHONE);
    await screenshot(page, 'admin-users-390');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'admin-users-1280');

    await row.getByRole('button', { name: 'Delete analyst-two' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete user' }).click();
    await row.waitFor({ state: 'detached' });
    const after = (await (await server.request('/api/users')).json()) as { username: string }[];
    expect(after.map((user) => user.username)).not.toContain('analyst-two');
    await page.close();
  });

  it('adds a rate, uploads a CSV of rates, corrects one, and the USD view links here', async () => {
    // The sample has a rate for each of its currencies: a cargo paid in euros (no rate) makes the note.
    const arrivalDate = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const created = await server.request('/api/shipments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        reference: 'E2E-FX-NOTE-EUR',
        commodity: 'crude_oil',
        originCountry: 'NG',
        dischargePort: 'PKKHI',
        transportMode: 'sea',
        volumeTonnes: 1000,
        valueAmount: 500000,
        paymentCurrency: 'EUR',
        arrivalDate,
      }),
    });
    expect(created.status).toBe(201);
    const page = await browser.newPage();
    await open(page, server.baseUrl, '/?basis=value');
    await page
      .getByTestId('fx-note')
      .getByRole('link', { name: /without an fx rate/ })
      .click();
    await page.getByRole('heading', { name: 'fx rates' }).waitFor();

    const add = page.getByRole('form', { name: 'Add or correct a rate' });
    await add.getByLabel('Currency (ISO 4217)').fill('EUR');
    await add.getByLabel('From date').fill('2023-06-01');
    await add.getByLabel('USD per unit').fill('1.0713');
    await add.getByRole('button', { name: 'Save rate' }).click();
    await page.getByText('1 rate added, 0 corrected').waitFor();
    // The currency on screen stays (the sample's first, AED): pick the new one.
    await page.getByLabel('Currency', { exact: true }).selectOption('EUR');

    const csv =
      'currency,date,usd_per_unit\nEUR,2023-07-03,1.091\nEUR,2024-01-02,1.0956\nGBP,2019-01-01,1.2763\n';
    await uploadCsv(page, 'currency,date,usd_per_unit\nEUR,2023-07-03,1.091\nXYZ,2023-07-03,1\n');
    await page.getByText('line 3: currency must be an ISO 4217 currency code, e.g. CNY').waitFor();
    await uploadCsv(page, csv);
    await page.getByText('3 rates added, 0 corrected').waitFor();

    const table = page.getByRole('region', { name: 'EUR rates (table)' });
    await table.getByText('1.0956').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await inkedShare(page, 0)).toBeGreaterThan(0.002);

    await table.getByRole('button', { name: 'Correct EUR 2023-07-03' }).click();
    await add.getByLabel('USD per unit').fill('1.0911');
    await add.getByRole('button', { name: 'Save rate' }).click();
    await page.getByText('0 rates added, 1 corrected').waitFor();
    await table.getByText('1.0911').waitFor();
    const stored = (await (await server.request('/api/fx-rates?currency=EUR')).json()) as {
      items: { date: string; usdPerUnit: number }[];
    };
    expect(stored.items).toEqual([
      { currency: 'EUR', date: '2023-06-01', usdPerUnit: 1.0713 },
      { currency: 'EUR', date: '2023-07-03', usdPerUnit: 1.0911 },
      { currency: 'EUR', date: '2024-01-02', usdPerUnit: 1.0956 },
    ]);
    await screenshot(page, 'fx-rates-1280');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'fx-rates-390');
    await page.close();
  });

  it('shows a viewer no admin screens, and the API answers their forced calls with 403', async () => {
    await createUser(server, { username: 'reader', password: 'a reading passphrase', role: 'viewer' });
    const viewerBrowser = await launchBrowser();
    try {
      const page = await viewerBrowser.newPage();
      await page.goto(`${server.baseUrl}/admin/api-keys`);
      await signInAs(page, 'reader', 'a reading passphrase');
      await page.getByText('Only administrators can open this page').waitFor();
      expect(
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count(),
      ).toBe(0);
      expect(
        await page
          .getByRole('navigation', { name: 'Administration' })
          .getByRole('link', { name: 'API keys' })
          .count(),
      ).toBe(0);
      const statuses = await page.evaluate(async () =>
        Promise.all(['/api/api-keys', '/api/users'].map(async (path) => (await fetch(path)).status)),
      );
      expect(statuses).toEqual([403, 403]);
    } finally {
      await viewerBrowser.close();
    }
  });
});

async function uploadCsv(page: Page, text: string): Promise<void> {
  await page
    .getByLabel('CSV file (currency,date,usd_per_unit)')
    .setInputFiles({ name: 'rates.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
}
