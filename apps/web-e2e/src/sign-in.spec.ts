import { type BrowserSession, launchBrowser, type ServerProcess } from '@tradeflow/e2e-support';
import { ADMIN_PASSWORD, createUser, signInAs, startProduct } from './support/dashboard';

describe('sign-in in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('a 401 shows the sign-in page, signing in as a real viewer returns to the page asked for, shows no write actions, and a forced write answers 403', async () => {
    await createUser(server, { username: 'vera', password: 'a viewing passphrase', role: 'viewer' });
    const page = await browser.newPage();
    try {
      await page.context().clearCookies();
      await page.goto(`${server.baseUrl}/shipments?range=all&q=PK-RU`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInAs(page, 'vera', 'wrong');
      await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();

      await signInAs(page, 'vera', 'a viewing passphrase');
      const rows = page.getByRole('table').getByRole('row');
      await rows.nth(1).waitFor();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/shipments?range=all&q=PK-RU');
      expect(await rows.count()).toBeGreaterThan(1);
      expect(await page.getByRole('link', { name: 'Add shipment' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Delete/ }).count()).toBe(0);

      const forced = await page.evaluate(async () => {
        const response = await fetch('/api/shipments', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reference: 'VIEWER-WRITE' }),
        });
        return { status: response.status, message: ((await response.json()) as { message: string }).message };
      });
      expect(forced).toEqual({ status: 403, message: 'This needs the editor role; vera has viewer' });
      const stored = await (await server.request('/api/shipments?q=VIEWER-WRITE')).json();
      expect(stored.items).toEqual([]);

      await page.getByRole('button', { name: /vera/ }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    } finally {
      await page.close();
    }
  });

  it('signs in for real against the built API (admin from TRADEFLOW_ADMIN_PASSWORD)', async () => {
    const page = await browser.newPage();
    try {
      await page.context().clearCookies();
      await page.goto(`${server.baseUrl}/what-if?range=all`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInAs(page, 'admin', ADMIN_PASSWORD);
      await page.getByRole('heading', { name: /What-if/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/what-if');
    } finally {
      await page.close();
    }
  });
});
