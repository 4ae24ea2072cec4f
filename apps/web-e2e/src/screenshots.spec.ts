import {
  type BrowserSession,
  DESKTOP,
  launchBrowser,
  PHONE,
  type ServerProcess,
} from '@tradeflow/e2e-support';
import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import type { Page } from 'playwright-core';
import {
  chartsReady,
  factorsToggle,
  fieldErrorOf,
  open,
  screenshot,
  startProduct,
  targetCharts,
} from './support/dashboard';

const csvLine = (cells: Record<string, string>) =>
  SHIPMENT_CSV_COLUMNS.map((column) => cells[column] ?? '').join(',');
const cargo = (reference: string, origin: string, tonnes: string) =>
  csvLine({
    reference,
    commodity: 'crude_oil',
    origin_country: origin,
    transport_mode: 'sea',
    volume_tonnes: tonnes,
    arrival_date: '2026-10-20',
  });
/** Two good lines and one bad one, for the dry-run picture. */
const DRY_RUN_CSV = `${[SHIPMENT_CSV_COLUMNS.join(','), cargo('SHOT-DRY-1', 'NO', '30000'), cargo('SHOT-DRY-2', 'XX', '31000'), cargo('SHOT-DRY-3', 'BR', '32000')].join('\n')}\n`;

interface View {
  name: string;
  path: string;
  /** Waits for the view to be complete before the picture. */
  ready(page: Page): Promise<void>;
  needs?: 'analytics';
}

const VIEWS: View[] = [
  { name: 'overview', path: '/', ready: chartsReady, needs: 'analytics' },
  {
    name: 'overview-all-time-quarterly',
    path: '/?range=all&granularity=quarter',
    ready: chartsReady,
    needs: 'analytics',
  },
  {
    name: 'what-if',
    path: '/what-if?range=all&granularity=quarter&exclude=origin:SA,route:road%20via%20UZ%7CAF',
    ready: (page) => page.locator('[data-kpi="at-risk"]').waitFor(),
    needs: 'analytics',
  },
  {
    name: 'shipments',
    path: '/shipments?range=all&limit=25',
    ready: (page) => page.getByRole('table', { name: /^Shipments, sorted by/ }).waitFor(),
  },
  {
    name: 'shipment-form-errors',
    path: '/shipments/new',
    ready: async (page) => {
      await page.getByLabel('Reference').fill('SHOT-1');
      await page.getByLabel('Volume (t)').fill('-1');
      await page.getByRole('button', { name: 'Add shipment' }).click();
      await fieldErrorOf(page.getByLabel('Volume (t)'));
    },
  },
  {
    name: 'import',
    path: '/shipments/import',
    ready: (page) => page.getByRole('heading', { name: 'Import shipments from CSV' }).waitFor(),
  },
  {
    name: 'reports',
    path: '/reports',
    ready: (page) => page.getByRole('region', { name: 'Reports' }).waitFor(),
  },
  {
    name: 'overview-fiscal-kbd',
    path: '/?from=2022-07-01&to=2024-06-30&granularity=fiscal_year&units=kbd&commodity=crude_oil',
    ready: async (page) => {
      await chartsReady(page);
      // The conversion factors, opened.
      await factorsToggle(page).first().click();
    },
    needs: 'analytics',
  },
  {
    name: 'overview-value-basis',
    path: '/?from=2023-07-01&to=2024-06-30&basis=value',
    ready: chartsReady,
    needs: 'analytics',
  },
  { name: 'flows', path: '/flows?range=all', ready: chartsReady, needs: 'analytics' },
  {
    name: 'flows-drill-down',
    path: '/shipments?from=2023-06-01&to=2023-06-30&origin=RU&route=sea',
    ready: (page) => page.getByRole('table', { name: /^Shipments, sorted by/ }).waitFor(),
  },
  {
    name: 'outlook',
    path: '/what-if/incoming?from=2026-07-01&to=2027-06-30&granularity=quarter',
    ready: (page) => page.locator('[data-kpi="incoming"]').waitFor(),
    needs: 'analytics',
  },
  {
    name: 'targets',
    path: '/targets?from=2022-07-01&to=2027-06-30&granularity=fiscal_year',
    ready: async (page) => {
      await targetCharts(page).nth(1).waitFor();
      await page.getByRole('button', { name: 'New target' }).click();
    },
    needs: 'analytics',
  },
  {
    name: 'shipment-detail',
    path: '/shipments?q=PK-RU-CRUDE-2023-001&range=all',
    ready: async (page) => {
      await page.getByRole('link', { name: 'PK-RU-CRUDE-2023-001', exact: true }).click();
      await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').nth(2).waitFor();
    },
  },
  {
    name: 'shipment-form-legs',
    path: '/shipments?q=PK-RU-LPG-2023-001&range=all',
    ready: async (page) => {
      await page.getByRole('link', { name: 'Edit PK-RU-LPG-2023-001' }).click();
      await page.getByRole('listitem', { name: 'Leg 2' }).waitFor();
    },
  },
  {
    name: 'import-dry-run',
    path: '/shipments/import',
    ready: async (page) => {
      await page.getByLabel('CSV file').setInputFiles({
        name: 'cargoes.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(DRY_RUN_CSV),
      });
      await page.getByRole('radio', { name: 'Import the good lines' }).check();
      await page.getByLabel('Dry run: check only, store nothing').check();
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('region', { name: 'Dry run result' }).waitFor();
    },
  },
];

describe('screenshots of every view (test-artifacts/screenshots)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.destroy();
  });

  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const view of VIEWS) {
      it(`${view.name} at ${viewport.width} px`, async () => {
        const page = await browser.newPage(viewport);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          await open(page, server.baseUrl, view.path);
          await view.ready(page);
          await page.evaluate(() => document.fonts.ready);
          await screenshot(page, `${view.name}-${size}`);
          // Nothing may stick out sideways: the page itself never scrolls horizontally.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('the phone filter panel and an open filter menu', async () => {
    const page = await browser.newPage(PHONE);
    try {
      await open(page, server.baseUrl, '/?origin=SA,AE');
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByRole('button', { name: /^Origin/ }).click();
      await page.getByRole('group', { name: 'Origin' }).waitFor();
      await screenshot(page, 'filters-open-phone');
    } finally {
      await page.close();
    }
  });

  it('the sign-in page (the API answering 401)', async () => {
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const page = await browser.newPage(viewport);
      try {
        await page.context().clearCookies();
        await page.goto(`${server.baseUrl}/shipments`);
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
        await screenshot(page, `sign-in-${size}`);
      } finally {
        await page.close();
      }
    }
  });
});
