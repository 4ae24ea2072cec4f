import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, type NavigateFunction, useLocation, useNavigate } from 'react-router-dom';
import { FilterBar } from './filter-bar';

function renderAt(url: string) {
  const probe: { search: string; navigate?: NavigateFunction } = { search: '' };
  function LocationProbe() {
    probe.search = useLocation().search;
    probe.navigate = useNavigate();
    return null;
  }
  // No server here: the settings (fiscal year start) stay unknown, and July is assumed.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <FilterBar />
        <LocationProbe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return {
    back: () => act(() => void probe.navigate?.(-1)),
    search: () => new URLSearchParams(probe.search),
  };
}

describe('filter bar <-> URL', () => {
  beforeAll(() => {
    jest.useFakeTimers({
      now: new Date('2026-11-29T10:00:00Z'),
      doNotFake: ['queueMicrotask', 'nextTick', 'setTimeout', 'setImmediate', 'clearTimeout'],
    });
  });
  afterAll(() => jest.useRealTimers());

  it('shows what the URL says', () => {
    renderAt('/?from=2023-01-01&to=2023-12-31&origin=RU,SA&granularity=quarter&units=bbl');
    expect(screen.getByLabelText('From')).toHaveValue('2023-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('2023-12-31');
    expect(screen.getByLabelText('Period')).toHaveValue('custom');
    expect(screen.getByRole('button', { name: /Origin/ })).toHaveTextContent('2 selected');
    expect(screen.getByRole('radio', { name: 'Quarterly' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Barrels' })).toBeChecked();
  });

  it('offers fiscal years, weeks and days, and the flow-rate units', async () => {
    const user = userEvent.setup({ delay: null });
    const { search } = renderAt('/?granularity=fiscal_year&units=kbd');
    expect(screen.getByRole('radio', { name: 'Fiscal years (July\u2013June)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Thousand barrels per day' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Weekly (ISO weeks)' }));
    expect(search().get('granularity')).toBe('week');
    await user.click(screen.getByRole('radio', { name: 'Tonnes per day' }));
    expect(search().get('units')).toBe('tpd');
  });

  it('shows the default period when the URL has no dates', () => {
    renderAt('/');
    expect(screen.getByLabelText('Period')).toHaveValue('12m');
    expect(screen.getByLabelText('From')).toHaveValue('2025-11-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-10-31');
  });

  it('writes every change into the URL, one history entry each', async () => {
    const user = userEvent.setup({ delay: null });
    const { back, search } = renderAt('/?q=keep-me');
    await user.selectOptions(screen.getByLabelText('Period'), 'all');
    expect(search().get('range')).toBe('all');

    await user.click(screen.getByRole('button', { name: /Origin/ }));
    const menu = screen.getByRole('group', { name: 'Origin' });
    await user.click(within(menu).getByRole('checkbox', { name: /Russia/ }));
    await user.click(within(menu).getByRole('checkbox', { name: /Saudi Arabia/ }));
    expect(search().get('origin')).toBe('RU,SA');

    await user.click(screen.getByRole('radio', { name: 'Yearly' }));
    expect(search().get('granularity')).toBe('year');
    expect(search().get('q')).toBe('keep-me');

    // period, origin (two ticks in one open menu = one entry), granularity
    await back();
    expect(search().get('granularity')).toBeNull();
    expect(search().get('origin')).toBe('RU,SA');
    await back();
    expect(search().get('origin')).toBeNull();
    expect(search().get('range')).toBe('all');
  });

  it('writes "Last 3 years" as period=last_3_years, not as dates, and shows its dates', async () => {
    const user = userEvent.setup({ delay: null });
    const { search } = renderAt('/');
    await user.selectOptions(screen.getByLabelText('Period'), '3y');
    expect(search().get('period')).toBe('last_3_years');
    expect(search().get('from')).toBeNull();
    expect(search().get('to')).toBeNull();
    expect(screen.getByLabelText('Period')).toHaveValue('3y');
    expect(screen.getByLabelText('From')).toHaveValue('2023-11-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-10-31');
  });

  it('turns a typed date into a custom range', () => {
    const { search } = renderAt('/');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-03-01' } });
    expect(search().get('from')).toBe('2024-03-01');
    expect(search().get('to')).toBe('2026-10-31');
    expect(screen.getByLabelText('Period')).toHaveValue('custom');
  });

  it('resets to the defaults', async () => {
    const user = userEvent.setup({ delay: null });
    const { search } = renderAt('/?range=all&mode=road&units=bbl&sort=reference:asc');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(search().toString()).toBe('sort=reference%3Aasc');
  });
});
