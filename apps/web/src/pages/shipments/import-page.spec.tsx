import '@testing-library/jest-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import * as imports from '../../api/imports';
import { ApiError } from '../../api/http';
import { SHIPMENT_CSV_COLUMNS, SHIPMENT_CSV_TEMPLATE } from '@tradeflow/domain';
import * as tableModel from '../../charts/table-model';
import { ImportPage } from './import-page';

jest.mock('../../charts/table-model', () => ({
  ...jest.requireActual('../../charts/table-model'),
  downloadText: jest.fn(),
}));

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

describe('import page: reading the report and starting a file', () => {
  it('words field names in the problems for people and lets them wrap at words', async () => {
    const user = userEvent.setup({ delay: null });
    jest.mocked(imports.importShipments).mockResolvedValue({
      inserted: 0,
      updated: 0,
      skipped: 0,
      rejected: [
        {
          line: 3,
          reference: 'X-1',
          errors: [{ field: 'value_amount', message: 'is required when paymentCurrency is given' }],
        },
      ],
      rejectedCount: 1,
    });
    renderPage();
    await user.upload(screen.getByLabelText('CSV file'), file());
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const cell = await screen.findByRole('cell', { name: 'is required when payment currency is given' });
    expect(cell).toHaveClass('wraps');
    // The column keeps the name the file's header has.
    expect(screen.getByRole('cell', { name: 'value_amount' })).toBeInTheDocument();
  });

  it('downloads a CSV template with the import header', async () => {
    const user = userEvent.setup({ delay: null });
    const download = jest.mocked(tableModel.downloadText);
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Download a CSV template' }));
    expect(download).toHaveBeenCalledWith('tradeflow-shipments-template.csv', SHIPMENT_CSV_TEMPLATE);
    expect(SHIPMENT_CSV_TEMPLATE.startsWith(`${SHIPMENT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
  });
});
