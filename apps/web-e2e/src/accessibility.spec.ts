/**
 * axe-core's WCAG 2.1 A and AA rules on every page and state a person reaches, signed in on the
 * sample data: no serious or critical violation passes.
 *
 * How to add a page or a state: add one entry to STATES.
 * - `label`: the test's title and the heading of the violation report.
 * - `path`: the address to open (the runner signs in as admin when the server asks).
 * - `viewport`: PHONE for the 390 px layout (DESKTOP, 1280 px, by default).
 * - `signedOut`: the sign-in page: the cookies are cleared first, nobody signs in.
 * - `reach(page)`: brings the page into the state to check (open a dialog, submit a form, pick a
 *   file) and waits until that state is on screen. Without it the runner waits until the page has
 *   loaded (no skeleton, spinner or route progress left; charts drawn where the page has charts).
 * Entries are checked in order in one browser, so a state that changes data (e.g. a real delete)
 * must not come before an entry that needs that data: open dialogs, do not confirm them.
 */
import {
  type BrowserSession,
  DESKTOP,
  launchBrowser,
  PHONE,
  type ServerProcess,
} from '@tradeflow/e2e-support';
import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import {
  ADMIN_PASSWORD,
  chartCards,
  chartsReady,
  descriptionOf,
  factorsToggle,
  fieldErrorOf,
  open,
  signInAs,
  startProduct,
  targetCharts,
  titleOf,
} from './support/dashboard';

interface A11yState {
  label: string;
  path: string;
  viewport?: { width: number; height: number };
  signedOut?: true;
  reach?(page: Page): Promise<void>;
}

const csvLine = (cells: Record<string, string>) =>
  SHIPMENT_CSV_COLUMNS.map((column) => cells[column] ?? '').join(',');
/** One line with an unknown origin and a negative volume: the import refuses it. */
const REJECTED_CSV = `${SHIPMENT_CSV_COLUMNS.join(',')}\n${csvLine({
  reference: 'A11Y-IMPORT-1',
  commodity: 'crude_oil',
  origin_country: 'XX',
  transport_mode: 'sea',
  volume_tonnes: '-5',
  arrival_date: '2026-10-20',
})}\n`;

const STATES: A11yState[] = [
  // Signed out first: everything after signs in once.
  { label: 'sign-in page', path: '/', signedOut: true },
  { label: 'sign-in page at 390 px', path: '/', signedOut: true, viewport: PHONE },
  {
    label: 'sign-in page with a wrong password',
    path: '/',
    signedOut: true,
    reach: async (page) => {
      await signInAs(page, 'admin', 'not-the-password');
      await page.getByRole('alert').waitFor();
    },
  },

  { label: 'overview', path: '/?range=all&granularity=quarter', reach: chartsReady },
  {
    label: 'overview, every chart as a table',
    path: '/',
    reach: async (page) => {
      await chartsReady(page);
      const closed = page.getByRole('button', { name: 'Show as table', expanded: false, disabled: false });
      while ((await closed.count()) > 0) await closed.first().click();
      await page
        .getByRole('region', { name: /\(table\)$/ })
        .first()
        .waitFor();
    },
  },
  {
    label: 'overview in barrels with the bbl/t factors open',
    path: '/?units=bbl',
    reach: async (page) => {
      await chartsReady(page);
      await factorsToggle(page).first().click();
      await page.getByText('Tonnes to barrels', { exact: true }).first().waitFor();
    },
  },
  { label: 'overview by USD value', path: '/?basis=value', reach: chartsReady },
  {
    label: 'user menu open',
    path: '/',
    reach: async (page) => {
      await page.getByRole('button', { name: /admin/ }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    },
  },
  {
    label: 'filter bar with the origin menu open',
    path: '/?origin=SA,AE',
    reach: async (page) => {
      await page.getByRole('button', { name: /^Origin/ }).click();
      await page.getByRole('group', { name: 'Origin' }).waitFor();
    },
  },
  { label: 'flows', path: '/flows?range=all', reach: chartsReady },
  {
    label: 'flows with the diagram as a table',
    path: '/flows?range=all',
    reach: async (page) => {
      await chartsReady(page);
      await page.getByRole('button', { name: 'Show as table' }).first().click();
      await page
        .getByRole('region', { name: /\(table\)$/ })
        .first()
        .waitFor();
    },
  },
  {
    label: 'what-if: lose a supplier or route',
    path: '/what-if?range=all&granularity=quarter&exclude=origin:SA,route:road%20via%20UZ%7CAF',
    reach: (page) => page.locator('[data-kpi="at-risk"]').waitFor(),
  },
  {
    label: 'what-if on the official statistics',
    path: '/what-if?from=2024-01-01&to=2024-12-31&source=official&exclude=origin:SA,route:road%20via%20UZ%7CAF',
    reach: (page) => page.locator('[data-kpi="at-risk"]').waitFor(),
  },
  { label: 'what-if: nothing cut off yet', path: '/what-if' },
  {
    label: 'what-if: the Strait of Hormuz closed',
    path: '/what-if?range=all&granularity=year&exclude=chokepoint:hormuz',
    reach: async (page) => {
      await page.locator('[data-kpi="at-risk"]').waitFor();
    },
  },
  { label: 'supply-risk scores', path: '/risk-scores' },
  { label: 'supply-risk scores at 390 px', path: '/risk-scores', viewport: PHONE },
  { label: 'import dependency, no production recorded', path: '/dependency?range=all' },
  {
    label: 'what-if: incoming cargoes',
    path: '/what-if/incoming?from=2026-07-01&to=2027-06-30&granularity=quarter',
    reach: (page) => page.locator('[data-kpi="incoming"]').waitFor(),
  },
  {
    label: 'targets',
    path: '/targets?from=2022-07-01&to=2027-06-30&granularity=fiscal_year',
    reach: (page) => targetCharts(page).nth(1).waitFor(),
  },
  {
    label: 'targets: new target form',
    path: '/targets',
    reach: async (page) => {
      await page.getByRole('button', { name: 'New target' }).click();
      await page.getByRole('region', { name: 'New target' }).waitFor();
    },
  },
  {
    label: 'targets: confirm delete dialog',
    path: '/targets',
    reach: async (page) => {
      await page
        .getByRole('button', { name: /^Delete / })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { label: 'shipments', path: '/shipments?range=all' },
  {
    label: 'shipments: confirm delete dialog',
    path: '/shipments?range=all',
    reach: async (page) => {
      await page
        .getByRole('button', { name: /^Delete / })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    label: 'shipment detail',
    path: '/shipments?q=PK-RU-CRUDE-2023-001&range=all',
    reach: async (page) => {
      await page.getByRole('link', { name: 'PK-RU-CRUDE-2023-001', exact: true }).click();
      await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').nth(2).waitFor();
    },
  },
  { label: 'new shipment form', path: '/shipments/new' },
  {
    label: 'new shipment form with errors',
    path: '/shipments/new',
    reach: async (page) => {
      await page.getByLabel('Reference').fill('A11Y-1');
      await page.getByLabel('Volume (t)').fill('-1');
      await page.getByRole('button', { name: 'Add shipment' }).click();
      await fieldErrorOf(page.getByLabel('Volume (t)'));
    },
  },
  {
    label: 'edit shipment form with legs',
    path: '/shipments?q=PK-RU-LPG-2023-001&range=all',
    reach: async (page) => {
      await page.getByRole('link', { name: 'Edit PK-RU-LPG-2023-001' }).click();
      await page.getByRole('listitem', { name: 'Leg 2' }).waitFor();
    },
  },
  { label: 'import page', path: '/shipments/import' },
  {
    label: 'import page with a rejected file',
    path: '/shipments/import',
    reach: async (page) => {
      await page.getByLabel('CSV file').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(REJECTED_CSV),
      });
      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByRole('region', { name: 'Import result' }).waitFor();
    },
  },
  { label: 'reports', path: '/reports' },
  {
    label: 'reports: new report form',
    path: '/reports',
    reach: async (page) => {
      await page.getByRole('button', { name: 'New report' }).click();
      await page.getByRole('region', { name: 'New report' }).waitFor();
    },
  },
  // The pages added with the importing country, official statistics, saved views, alerts and admin.
  { label: 'compare: two importers', path: '/compare?a.destination=PK&b.destination=IN', reach: chartsReady },
  { label: 'overview from official statistics', path: '/?source=official', reach: chartsReady },
  { label: 'reconciliation', path: '/reconciliation', reach: chartsReady },
  { label: 'prices against Brent', path: '/prices?from=2023-01-01&to=2025-10-31', reach: chartsReady },
  {
    label: 'prices against Dubai by loading month, discounts as a table',
    path: '/prices?from=2023-01-01&to=2025-10-31&benchmark=DUBAI&match=loading',
    reach: async (page) => {
      await chartsReady(page);
      await page.getByRole('button', { name: 'Show as table' }).last().click();
      await page
        .getByRole('region', { name: /\(table\)$/ })
        .last()
        .waitFor();
    },
  },
  { label: 'saved views', path: '/saved-views' },
  {
    label: 'save view dialog',
    path: '/?origin=RU',
    reach: async (page) => {
      await page.getByRole('button', { name: 'Save view' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { label: 'alerts', path: '/alerts' },
  { label: 'alerts: new alert form', path: '/alerts/new?origin=RU' },
  { label: 'admin: API keys', path: '/admin/api-keys' },
  { label: 'admin: users', path: '/admin/users' },
  { label: 'fx rates', path: '/fx-rates' },
  {
    label: 'a page that does not exist',
    path: '/no-such-page',
    reach: (page) => page.getByText('This page does not exist').waitFor(),
  },
  {
    label: 'a shipment that does not exist',
    path: '/shipments/00000000-0000-4000-8000-000000000000',
  },

  // The phone layout.
  { label: 'overview at 390 px', path: '/', viewport: PHONE, reach: chartsReady },
  {
    label: 'compare at 390 px',
    path: '/compare?a.destination=PK&b.destination=IN',
    viewport: PHONE,
    reach: chartsReady,
  },
  { label: 'reconciliation at 390 px', path: '/reconciliation', viewport: PHONE, reach: chartsReady },
  {
    label: 'prices at 390 px',
    path: '/prices?from=2023-01-01&to=2025-10-31',
    viewport: PHONE,
    reach: chartsReady,
  },
  { label: 'alerts at 390 px', path: '/alerts', viewport: PHONE },
  { label: 'admin: API keys at 390 px', path: '/admin/api-keys', viewport: PHONE },
  {
    label: 'filters panel open at 390 px',
    path: '/?origin=SA,AE',
    viewport: PHONE,
    reach: async (page) => {
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByRole('button', { name: /^Origin/ }).click();
      await page.getByRole('group', { name: 'Origin' }).waitFor();
    },
  },
  {
    label: 'bbl/t factors sheet at 390 px',
    path: '/?units=bbl',
    viewport: PHONE,
    reach: async (page) => {
      await chartsReady(page);
      await factorsToggle(page).first().click();
      await page.getByText('Tonnes to barrels', { exact: true }).first().waitFor();
    },
  },
  { label: 'flows at 390 px', path: '/flows?range=all', viewport: PHONE, reach: chartsReady },
  {
    label: 'targets at 390 px',
    path: '/targets?from=2022-07-01&to=2027-06-30&granularity=fiscal_year',
    viewport: PHONE,
    reach: (page) => targetCharts(page).nth(1).waitFor(),
  },
  { label: 'shipments at 390 px', path: '/shipments?range=all', viewport: PHONE },
  {
    label: 'shipment detail at 390 px',
    path: '/shipments?q=PK-RU-CRUDE-2023-001&range=all',
    viewport: PHONE,
    reach: async (page) => {
      await page.getByRole('link', { name: 'PK-RU-CRUDE-2023-001', exact: true }).click();
      await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').nth(2).waitFor();
    },
  },
  {
    label: 'new shipment form with errors at 390 px',
    path: '/shipments/new',
    viewport: PHONE,
    reach: async (page) => {
      await page.getByLabel('Reference').fill('A11Y-2');
      await page.getByLabel('Volume (t)').fill('-1');
      await page.getByRole('button', { name: 'Add shipment' }).click();
      await fieldErrorOf(page.getByLabel('Volume (t)'));
    },
  },
  {
    label: 'user menu open at 390 px',
    path: '/shipments',
    viewport: PHONE,
    reach: async (page) => {
      await page.getByRole('button', { name: /admin/ }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    },
  },
];

/** The page has loaded: nothing is still a placeholder, a spinner or a page on its way. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('#main > *, .login-page') !== null &&
      document.querySelector('.skeleton, .spinner, .route-progress') === null,
  );
}

/** Presses Tab (or Shift+Tab) until the focus is on `target` or inside it. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element.contains(document.activeElement))) return;
  }
  throw new Error(`120 presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}`);
}

/**
 * What marks the focused element: the outline (not cut off by a scrolling ancestor) or box-shadow it
 * has while focused and not without the focus, on the element, on the option drawn right after a
 * visually hidden radio, or on a box just around it. Null when nothing does.
 */
function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return null;
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      const outline =
        style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
          ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
          : 'none';
      return { outline, shadow: style.boxShadow };
    };
    const choice =
      focused instanceof HTMLInputElement && (focused.type === 'radio' || focused.type === 'checkbox');
    // A box around the element may show its focus instead (e.g. the frame a chart's table scrolls in).
    const around = [focused.parentElement, focused.parentElement?.parentElement].filter(
      (element): element is HTMLElement => element instanceof HTMLElement,
    );
    const drawn = [
      focused,
      ...(choice && focused.nextElementSibling ? [focused.nextElementSibling] : []),
      ...around,
    ];
    const withFocus = drawn.map(look);
    focused.blur();
    const without = drawn.map(look);
    focused.focus();
    // An outline drawn outside the element is cut off by an ancestor that clips its overflow.
    const outlineClipped = (element: Element) => {
      const style = getComputedStyle(element);
      const reach = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth);
      const box = element.getBoundingClientRect();
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const clip = getComputedStyle(parent);
        if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
        const area = parent.getBoundingClientRect();
        const inner = {
          left: area.left + parent.clientLeft,
          top: area.top + parent.clientTop,
          right: area.left + parent.clientLeft + parent.clientWidth,
          bottom: area.top + parent.clientTop + parent.clientHeight,
        };
        if (
          box.left - reach < inner.left - 0.5 ||
          box.top - reach < inner.top - 0.5 ||
          box.right + reach > inner.right + 0.5 ||
          box.bottom + reach > inner.bottom + 0.5
        )
          return true;
      }
      return false;
    };
    for (const [index, style] of withFocus.entries()) {
      const before = without[index];
      const element = drawn[index] as Element;
      if (style.outline !== 'none' && style.outline !== before?.outline && !outlineClipped(element))
        return style.outline;
      if (style.shadow !== 'none' && style.shadow !== before?.shadow) return `box-shadow ${style.shadow}`;
    }
    return null;
  });
}

async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const indicator = await focusIndicator(page);
  if (indicator === null) {
    const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160) ?? 'nothing');
    throw new Error(`${step}: no visible focus indicator on ${focused}`);
  }
}

describe('accessibility in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    // axe is injected as a script, which the app's CSP would refuse.
    [server, browser] = await Promise.all([startProduct(), launchBrowser({ bypassCSP: true })]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  describe('axe-core WCAG 2.1 A/AA: no serious or critical violation', () => {
    it.each(STATES.map((state) => [state.label, state] as const))('%s', async (_label, state) => {
      const page = await browser.newPage(state.viewport ?? DESKTOP);
      try {
        if (state.signedOut) {
          await page.context().clearCookies();
          await page.goto(`${server.baseUrl}${state.path}`);
          await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        } else {
          await open(page, server.baseUrl, state.path);
        }
        await settled(page);
        if (state.reach) await state.reach(page);
        await settled(page);
        await expectNoSeriousA11yViolations(page, state.label);
      } finally {
        await page.close();
      }
    });
  });

  it('every chart is named after its card and described by a summary of its own data', async () => {
    const page = await browser.newPage();
    try {
      await open(page, server.baseUrl, '/?range=all');
      await chartsReady(page);
      const cards = chartCards(page).filter({ has: page.getByRole('img') });
      expect(await cards.count()).toBe(5);
      for (const card of await cards.all()) {
        const title = await titleOf(card).innerText();
        const canvas = card.getByRole('img');
        expect(await canvas.getAttribute('role')).toBe('img');
        expect(await canvas.getAttribute('aria-label')).toMatch(new RegExp(`^${title} \u2014 \\S`));
        const describedBy = await canvas.getAttribute('aria-describedby');
        expect(describedBy).toBeTruthy();
        expect((await page.locator(`[id="${describedBy}"]`).textContent())?.length).toBeGreaterThan(20);
      }
      // The stacked volume chart's summary opens with the largest supplier and its share, as the tile says.
      const largest = await page
        .locator('[data-kpi="suppliers"]')
        .getByText(/ largest \(\d+%\)$/)
        .innerText();
      const [, country, share] = /^(.+) largest \((\d+)%\)$/.exec(largest.trim()) ?? [];
      const volumeSummary = await descriptionOf(cards.first().getByRole('img'));
      expect(volumeSummary).toMatch(new RegExp(`^Over \\d+ periods: ${country} ${share}%, `));
    } finally {
      await page.close();
    }
  });

  it('by keyboard alone: sign in, change a filter, open a chart table, open a shipment, reach a form error; the focus always shows', async () => {
    const page = await browser.newPage();
    try {
      await page.context().clearCookies();
      await page.goto(`${server.baseUrl}/`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();

      // Sign in: the username has the focus on arrival.
      await page.getByLabel('Username').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe(
        'username',
      );
      await expectVisibleFocus(page, 'username');
      await page.keyboard.type('admin');
      await page.keyboard.press('Tab');
      await expectVisibleFocus(page, 'password');
      await page.keyboard.type(ADMIN_PASSWORD);
      await page.keyboard.press('Enter');
      await chartsReady(page);

      // A filter: the granularity, a radio group, moves on with the arrow keys.
      await tabTo(page, page.getByRole('radio', { name: 'Month' }));
      await expectVisibleFocus(page, 'granularity');
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/granularity=quarter/);
      await chartsReady(page);

      // A chart's table: the toggle says it is closed, opens it, and the focus lands in the table.
      const toggle = page.getByRole('button', { name: 'Show as table' }).first();
      await tabTo(page, toggle);
      await expectVisibleFocus(page, 'Show as table');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      const controls = await toggle.getAttribute('aria-controls');
      await page.keyboard.press('Enter');
      const table = page.locator(`[id="${controls}"]`);
      await table.waitFor();
      expect(await table.getAttribute('role')).toBe('region');
      expect(await table.getAttribute('aria-label')).toMatch(/\(table\)$/);
      expect(await table.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(
        await page.getByRole('button', { name: 'Show as chart' }).first().getAttribute('aria-expanded'),
      ).toBe('true');
      await expectVisibleFocus(page, 'the chart table');

      // A shipment: back up to the main navigation, then into the list and a shipment.
      await tabTo(
        page,
        page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shipments' }),
        true,
      );
      await expectVisibleFocus(page, 'the Shipments link');
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: /^Shipments, sorted by/ }).waitFor();
      await tabTo(
        page,
        page
          .getByRole('table', { name: /^Shipments, sorted by/ })
          .locator('a[href^="/shipments/"]:not([href$="/edit"])')
          .first(),
      );
      await expectVisibleFocus(page, 'a shipment reference');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/shipments\/[0-9a-f-]{36}(\?|$)/);

      // Its form, sent with a negative volume: the focus goes to the field, which the error describes.
      await tabTo(page, page.getByRole('link', { name: 'Edit', exact: true }));
      await expectVisibleFocus(page, 'Edit');
      await page.keyboard.press('Enter');
      await tabTo(page, page.getByLabel('Volume (t)'));
      await expectVisibleFocus(page, 'the volume field');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('-1');
      await tabTo(page, page.getByRole('button', { name: 'Save changes' }));
      await expectVisibleFocus(page, 'Save changes');
      await page.keyboard.press('Enter');
      await fieldErrorOf(page.getByLabel('Volume (t)'));
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
      const error = await page.evaluate(() => {
        const field = document.activeElement as HTMLElement;
        const describedBy = field.getAttribute('aria-describedby') ?? '';
        return { field: field.id, error: document.getElementById(describedBy)?.textContent ?? '' };
      });
      expect(error.field).toMatch(/volumeTonnes$/);
      expect(error.error).toBe(await page.locator(`[id$="volumeTonnes-error"]`).innerText());
      expect(error.error).toMatch(/greater than 0/);
      await expectVisibleFocus(page, 'the field in error');
    } finally {
      await page.close();
    }
  });

  it('prefers-reduced-motion: reduce stops the shimmer, spinner, progress bars and fade that move without it', async () => {
    const page = await browser.newPage();
    try {
      await open(page, server.baseUrl, '/shipments/import');
      // The moving parts of the app, as it draws them while something loads or uploads.
      const motion = () =>
        page.evaluate(() => {
          const host = document.createElement('div');
          host.innerHTML =
            '<div class="skeleton"></div><span class="spinner"></span><div class="route-progress"></div>' +
            '<div class="progress is-indeterminate"><span></span></div><div class="page"></div>';
          document.body.append(host);
          const moving = Array.from(
            host.querySelectorAll<HTMLElement>('.skeleton, .spinner, .route-progress, .progress span, .page'),
          )
            .filter((element) => {
              const style = getComputedStyle(element);
              const seconds = (text: string) =>
                Math.max(...text.split(',').map((part) => Number.parseFloat(part)));
              return (
                (style.animationName !== 'none' && seconds(style.animationDuration) > 0) ||
                seconds(style.transitionDuration) > 0
              );
            })
            .map((element) => element.className || element.parentElement?.className);
          host.remove();
          return moving;
        });
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      expect((await motion()).length).toBeGreaterThan(0);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await motion()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
