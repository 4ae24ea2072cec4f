import { type BrowserSession, launchBrowser, PHONE, type ServerProcess } from '@tradeflow/e2e-support';
import { open, screenshot, startProduct } from './support/dashboard';

/**
 * The Alerts page against the real API on the sample data: the form opened from dashboard filters
 * in the address, its preview of the current value, and the alert changing state when evaluated
 * after its threshold is moved under the value.
 */
describe('alerts page in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  it('creates an alert prefilled from the dashboard filters, previews its value, and sees it change state', async () => {
    const page = await browser.newPage();
    try {
      await open(page, server.baseUrl, '/alerts/new?origin=RU&commodity=crude_oil');
      const form = page.getByRole('form', { name: 'Alert' });
      expect(await form.getByLabel('Key (e.g. RU, CNY)').inputValue()).toBe('RU');
      expect(await form.getByRole('group', { name: 'Selection' }).getByRole('paragraph').innerText()).toBe(
        'crude oil',
      );
      await form.getByLabel('Name', { exact: true }).fill('Russian crude share');
      await form.getByLabel('Arrivals covered').selectOption('all');
      await form.getByLabel('Threshold (%)').fill('99');
      const preview = page.getByTestId('alert-preview');
      await preview.getByText('the alert would not fire now').waitFor();
      const shown = await preview.locator('strong').innerText();
      expect(shown).toMatch(/^\d+\.\d%$/);
      const share = Number(shown.replace('%', ''));
      await form.getByLabel('Threshold (%)').fill(String(Math.max(0, Math.floor(share) - 1)));
      await preview.getByText('the alert would fire now').waitFor();
      await form.getByLabel('Threshold (%)').fill('99');
      await preview.getByText('the alert would not fire now').waitFor();
      await screenshot(page, 'alerts-new-desktop');
      await form.getByRole('button', { name: 'Create alert' }).click();

      await page.getByText('Alert “Russian crude share” saved').waitFor();
      const card = page.locator('[data-alert="Russian crude share"]');
      await card.getByRole('button', { name: 'Evaluate now' }).click();
      await card.getByText(`${shown} above 99.0% fires`).waitFor();
      expect(await card.getByTestId('alert-state').innerText()).toBe('OK');

      await card.getByRole('link', { name: 'Edit' }).click();
      const edit = page.getByRole('form', { name: 'Alert' });
      await edit.getByLabel('Threshold (%)').fill(String(Math.max(0, Math.floor(share) - 1)));
      // Waits for this save's PATCH: the creation's "saved" toast may still be showing.
      const patched = page.waitForResponse(
        (response) => response.request().method() === 'PATCH' && /\/api\/alerts\/[^/]+$/.test(response.url()),
      );
      await edit.getByRole('button', { name: 'Save changes' }).click();
      expect((await patched).status()).toBe(200);
      await page.getByRole('form', { name: 'Alert' }).waitFor({ state: 'detached' });
      await page
        .locator('[data-alert="Russian crude share"]')
        .getByRole('button', { name: 'Evaluate now' })
        .click();
      await page
        .locator('[data-alert="Russian crude share"] [data-testid="alert-state"]', { hasText: 'Triggered' })
        .waitFor();
      const evaluations = await (await server.request(`/api/alerts`)).json();
      expect(evaluations.items[0]).toMatchObject({ state: 'triggered', name: 'Russian crude share' });
      await page.locator('[data-alert="Russian crude share"]').getByRole('img').waitFor();
      await screenshot(page, 'alerts-desktop');
      await page.setViewportSize(PHONE);
      await screenshot(page, 'alerts-phone');
    } finally {
      await page.close();
    }
  });
});
