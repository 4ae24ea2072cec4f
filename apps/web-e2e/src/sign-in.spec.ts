import { type BrowserSession, launchBrowser, type ServerProcess } from '@tradeflow/e2e-support';
import type { Page, Route } from 'playwright-core';
import { ADMIN_PASSWORD, signInAs, startProduct } from './support/dashboard';

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

  it('a 401 shows the sign-in page, signing in returns to the page asked for, a viewer sees no write actions', async () => {
    let signedIn = false;
    // The session endpoints are played by the test; the data requests need a real session underneath.
    const login = await browser.context.request.post(`${server.baseUrl}/api/auth/login`, {
      data: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(login.ok()).toBe(true);
    const page: Page = await browser.newPage();
    await page.route('**/api/auth/me', (route: Route) =>
      signedIn
        ? route.fulfill({ json: { username: 'vera', role: 'viewer', via: 'session' } })
        : route.fulfill({ status: 401, json: { statusCode: 401, message: 'Sign in first' } }),
    );
    await page.route('**/api/auth/login', async (route: Route) => {
      const body = route.request().postDataJSON() as { username: string; password: string };
      if (body.password !== 'right-password')
        return route.fulfill({ status: 401, json: { message: 'Bad credentials' } });
      signedIn = true;
      return route.fulfill({ json: { username: 'vera', role: 'viewer', via: 'session' } });
    });
    await page.route('**/api/auth/logout', (route: Route) => {
      signedIn = false;
      return route.fulfill({ status: 204 });
    });
    try {
      await page.goto(`${server.baseUrl}/shipments?range=all&q=PK-RU`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await signInAs(page, 'vera', 'wrong');
      await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();

      await signInAs(page, 'vera', 'right-password');
      await page.locator('.shipments-table').waitFor();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/shipments?range=all&q=PK-RU');
      expect(await page.getByRole('link', { name: 'Add shipment' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Delete/ }).count()).toBe(0);

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
