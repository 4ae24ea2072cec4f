import '@testing-library/jest-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import * as imports from '../../api/imports';
import { ApiError } from '../../api/http';
import { ImportPage } from './import-page';

jest.mock('../../api/imports', () => ({
  ...jest.requireActual('../../api/imports'),
  importShipments: jest.fn(),
}));

function renderPage() {
  const client = new QueryClient();
  const invalidate = jest.spyOn(client, 'invalidateQueries');
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/shipments/import']}>
        <ImportPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { invalidate };
}

const file = () => new File(['reference,commodity\n'], 'shipments.csv', { type: 'text/csv' });

describe('import page: dry run', () => {
  it('checks the file with dryRun, shows what would change, and refreshes nothing', async () => {
    const user = userEvent.setup({ delay: null });
    jest.mocked(imports.importShipments).mockResolvedValue({
      inserted: 2,
      updated: 1,
      skipped: 1,
      rejected: [
        { line: 6, reference: 'BAD-1', errors: [{ field: 'origin_country', message: 'unknown code "ZZ"' }] },
      ],
      rejectedCount: 1,
      dryRun: true,
    });
    const { invalidate } = renderPage();
    await user.upload(screen.getByLabelText('CSV file'), file());
    await user.click(screen.getByLabelText('Dry run: check only, store nothing'));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(imports.importShipments).toHaveBeenCalledWith(
      expect.any(File),
      { mode: 'atomic', onConflict: 'error', dryRun: true },
      expect.any(Function),
    );
    expect(await screen.findByText('Dry run: nothing was stored.')).toBeInTheDocument();
    expect(screen.getByText('Would add').nextSibling).toHaveTextContent('2');
    expect(screen.getByText('Would update').nextSibling).toHaveTextContent('1');
    expect(screen.getByRole('cell', { name: 'unknown code "ZZ"' })).toBeInTheDocument();
    expect(invalidate).not.toHaveBeenCalled();

    jest
      .mocked(imports.importShipments)
      .mockResolvedValue({ inserted: 2, updated: 1, skipped: 1, rejected: [], rejectedCount: 0 });
    await user.click(screen.getByRole('button', { name: 'Import it for real' }));
    expect(jest.mocked(imports.importShipments).mock.calls[1]?.[1]).toEqual({
      mode: 'atomic',
      onConflict: 'error',
      dryRun: false,
    });
    expect(await screen.findByText('Added')).toBeInTheDocument();
    expect(invalidate).toHaveBeenCalled();
  });

  it('says a real atomic import would store nothing when the dry run finds bad lines', async () => {
    const user = userEvent.setup({ delay: null });
    const report = { inserted: 0, updated: 0, skipped: 0, rejected: [], rejectedCount: 3, dryRun: true };
    jest.mocked(imports.importShipments).mockRejectedValue(new ApiError(400, 'Rejected lines', [], report));
    renderPage();
    await user.upload(screen.getByLabelText('CSV file'), file());
    await user.click(screen.getByLabelText('Dry run: check only, store nothing'));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A real import would store nothing');
    expect(screen.queryByRole('button', { name: 'Import it for real' })).toBeNull();
  });
});
