import '@testing-library/jest-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { ApiError } from '../api/http';
import * as api from '../api/saved-views';
import { ToastProvider } from '../layout/toasts';
import { SaveViewButton } from './save-view-button';

jest.mock('../api/saved-views', () => ({
  ...jest.requireActual('../api/saved-views'),
  createSavedView: jest.fn(),
}));
const createSavedView = api.createSavedView as jest.MockedFunction<typeof api.createSavedView>;

function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <MemoryRouter initialEntries={[url]}>
          <SaveViewButton />
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('Save view', () => {
  beforeEach(() => createSavedView.mockReset());

  it('saves the page and the query string of the address under the name typed', async () => {
    createSavedView.mockResolvedValue({
      id: 'v1',
      name: 'Pilot',
      path: '/flows',
      query: 'from=2023-06-01&to=2023-06-30',
      createdBy: { type: 'user', name: 'admin' },
      createdAt: '2026-12-01T10:00:00.000Z',
    });
    renderAt('/flows?from=2023-06-01&to=2023-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getByRole('dialog', { name: 'Save this view' })).toHaveTextContent(
      'Flows with the filters',
    );
    await userEvent.type(screen.getByLabelText('Name'), 'Pilot');
    await userEvent.click(screen.getAllByRole('button', { name: 'Save view' }).at(-1) as HTMLElement);
    expect(createSavedView).toHaveBeenCalledWith({
      name: 'Pilot',
      path: '/flows',
      query: 'from=2023-06-01&to=2023-06-30',
    });
    expect(await screen.findByText('View “Pilot” saved')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the API’s objection in words beside the name and keeps the dialog open', async () => {
    createSavedView.mockRejectedValue(
      new ApiError(409, 'A saved view named "Pilot" already exists', [
        { field: 'name', message: 'is taken by another saved view' },
      ]),
    );
    renderAt('/');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    await userEvent.type(screen.getByLabelText('Name'), 'Pilot');
    await userEvent.click(screen.getAllByRole('button', { name: 'Save view' }).at(-1) as HTMLElement);
    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the highlighted fields.');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('is taken by another saved view');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('does not offer itself on a page that cannot be saved', () => {
    renderAt('/reports');
    expect(screen.queryByRole('button', { name: 'Save view' })).not.toBeInTheDocument();
  });

  it('cannot save without a name', async () => {
    renderAt('/');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getAllByRole('button', { name: 'Save view' }).at(-1)).toBeDisabled();
  });
});
