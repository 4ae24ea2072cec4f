import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AnalyticsSettings, AnalyticsSummary, ConcentrationSeries, GroupBy } from '@tradeflow/domain';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { concentrationQuery, summaryQuery } from '../../api/analytics';
import { settingsQuery } from '../../api/settings';
import { ComparePage } from './compare-page';

// No canvas in jsdom: the charts draw nothing here; the tables carry the numbers under test.
jest.mock('../../charts/compare-charts', () => ({
  ...jest.requireActual('../../charts/compare-charts'),
  PairedBarsChart: () => null,
  PairedLinesChart: () => null,
}));
jest.mock('../../charts/hhi-lines-chart', () => ({ HhiLinesChart: () => null }));

const RANGE = 'from=2023-01-01&to=2023-12-31';

function summaryOf(groupBy: GroupBy, groups: [string, string, number][], hhi: number): AnalyticsSummary {
  const total = groups.reduce((sum, [, , tonnes]) => sum + tonnes, 0);
  return {
    groupBy,
    hhi,
    effectiveSuppliers: 10000 / hhi,
    suppliers: groups.length,
    topShare: Math.max(...groups.map(([, , tonnes]) => tonnes)) / total,
    totalTonnes: total,
    shipmentCount: groups.length,
    groups: groups.map(([key, label, tonnes]) => ({ key, label, tonnes, share: tonnes / total })),
  } as unknown as AnalyticsSummary;
}

const concentrationOf = (hhis: number[]): ConcentrationSeries =>
  ({
    buckets: ['2023-01-01'],
    labels: ['2023'],
    points: hhis.map((hhi) => ({ hhi, effectiveSuppliers: 10000 / hhi })),
    bands: { thresholds: { moderateFrom: 1000, highAbove: 1800, significantChange: 100 } },
  }) as unknown as ConcentrationSeries;

function renderCompare(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  queryClient.setQueryData(settingsQuery.queryKey, { homeCountry: 'PK' } as AnalyticsSettings);
  const seed = (destination: string, origins: AnalyticsSummary) => {
    const filters = new URLSearchParams(`${RANGE}&destination=${destination}`);
    queryClient.setQueryData(summaryQuery(filters, 'origin').queryKey, origins);
    queryClient.setQueryData(
      summaryQuery(filters, 'currency').queryKey,
      summaryOf('currency', [['USD', 'US dollar', 1]], 10000),
    );
    queryClient.setQueryData(
      summaryQuery(filters, 'route').queryKey,
      summaryOf('route', [['sea', 'Sea', 1]], 10000),
    );
    queryClient.setQueryData(
      concentrationQuery(filters, 'year', 'origin').queryKey,
      concentrationOf([origins.hhi as number]),
    );
  };
  // Pakistan: SA 60, AE 40 (HHI 5200); India: RU 50, SA 30, IQ 20 (HHI 3800).
  seed(
    'PK',
    summaryOf(
      'origin',
      [
        ['SA', 'Saudi Arabia', 60],
        ['AE', 'United Arab Emirates', 40],
      ],
      5200,
    ),
  );
  seed(
    'IN',
    summaryOf(
      'origin',
      [
        ['RU', 'Russia', 50],
        ['SA', 'Saudi Arabia', 30],
        ['IQ', 'Iraq', 20],
      ],
      3800,
    ),
  );
  const probe = { search: '' };
  function Probe() {
    probe.search = useLocation().search;
    return null;
  }
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <ComparePage />
        <Probe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { search: () => new URLSearchParams(probe.search) };
}

const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('the Compare page', () => {
  const url = `/compare?a.destination=PK&a.from=2023-01-01&a.to=2023-12-31&b.destination=IN&b.from=2023-01-01&b.to=2023-12-31&granularity=year`;

  it('shows A, B and B − A of the headline figures', () => {
    renderCompare(url);
    const table = screen.getByRole('table', { name: 'A against B: headline figures' });
    expect(
      within(rowOf(table, 'HHI by supplier'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5,200', '3,800', '−1,400']);
    expect(
      within(rowOf(table, 'Effective suppliers'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.9', '2.6', '+0.7']);
  });

  it('lists every supplier of either side with its share in A, in B and the difference in points', () => {
    renderCompare(url);
    const table = screen.getByRole('table', { name: 'Supplier shares: A, B and B − A' });
    expect(
      within(rowOf(table, 'Russia'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.0%', '50.0%', '+50.0']);
    expect(
      within(rowOf(table, 'Saudi Arabia'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['60.0%', '30.0%', '−30.0']);
  });

  it('names both sides and keeps the selection in the address', async () => {
    const user = userEvent.setup({ delay: null });
    const { search } = renderCompare(url);
    expect(screen.getByText(/A: Pakistan, 1 Jan 2023 – 31 Dec 2023 · B: India/)).toBeInTheDocument();
    const sideB = screen.getByRole('group', { name: 'B' });
    await user.selectOptions(within(sideB).getByLabelText('Importing country'), 'all');
    expect(search().get('b.destination')).toBe('all');
    expect(search().get('a.destination')).toBe('PK');
  });

  it('splits one importer before and after a date', async () => {
    const user = userEvent.setup({ delay: null });
    const { search } = renderCompare('/compare?a.destination=PK');
    await user.type(screen.getByLabelText("Before / after a date (A's importer)"), '2023-06-01');
    await user.click(screen.getByRole('button', { name: 'Split' }));
    expect(search().toString()).toBe(
      'a.destination=PK&a.from=2022-06-01&a.to=2023-05-31&b.destination=PK&b.from=2023-06-01&b.to=2024-05-31',
    );
  });
});
