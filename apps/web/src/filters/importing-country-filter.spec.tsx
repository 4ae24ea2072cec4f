import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AnalyticsSettings } from '@tradeflow/domain';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { settingsQuery } from '../api/settings';
import { FilterBar } from './filter-bar';
import { useDashboardFilters } from './use-dashboard-filters';

function renderAt(url: string, homeCountry = 'PK') {
  const probe = { search: '', apiParams: '' };
  function Probe() {
    probe.search = useLocation().search;
    probe.apiParams = useDashboardFilters().apiParams.toString();
    return null;
  }
  // The server's settings as GET /api/settings gives them (only what the filter bar reads).
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  queryClient.setQueryData(settingsQuery.queryKey, {
    homeCountry,
    fiscalYearStartMonth: 7,
  } as AnalyticsSettings);
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <FilterBar />
        <Probe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return {
    search: () => new URLSearchParams(probe.search),
    api: () => new URLSearchParams(probe.apiParams),
  };
}

describe('the importing country in the filter bar', () => {
  it("shows the server's home country when the address names none, and asks the API for it", () => {
    const { api } = renderAt('/');
    expect(screen.getByLabelText('Importing country')).toHaveDisplayValue('Pakistan (home)');
    expect(api().get('destination')).toBe('PK');
  });

  it('follows HOME_COUNTRY', () => {
    const { api } = renderAt('/', 'IN');
    expect(screen.getByLabelText('Importing country')).toHaveDisplayValue('India (home)');
    expect(api().get('destination')).toBe('IN');
  });

  it('puts another importer in the address (destination=IN) and the API query', async () => {
    const user = userEvent.setup({ delay: null });
    const { search, api } = renderAt('/?origin=RU');
    await user.selectOptions(screen.getByLabelText('Importing country'), 'IN');
    expect(search().get('destination')).toBe('IN');
    expect(search().get('origin')).toBe('RU');
    expect(api().get('destination')).toBe('IN');
  });

  it('offers all importers explicitly, says shares are then across importers, and sends no destination', async () => {
    const user = userEvent.setup({ delay: null });
    const { search, api } = renderAt('/?destination=IN');
    expect(screen.queryByText('Shares and HHI are computed across importers')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Importing country'), 'all');
    expect(search().get('destination')).toBe('all');
    expect(api().has('destination')).toBe(false);
    expect(screen.getByLabelText('Importing country')).toHaveAccessibleDescription(
      'Shares and HHI are computed across importers',
    );
  });

  it('choosing the home country again leaves the address without destination', async () => {
    const user = userEvent.setup({ delay: null });
    const { search, api } = renderAt('/?destination=IN');
    await user.selectOptions(screen.getByLabelText('Importing country'), 'PK');
    expect(search().has('destination')).toBe(false);
    expect(api().get('destination')).toBe('PK');
  });

  it('reads a lower-case code and ignores an unknown one', () => {
    expect(renderAt('/?destination=in').api().get('destination')).toBe('IN');
    expect(renderAt('/?destination=XX').api().get('destination')).toBe('PK');
  });
});
