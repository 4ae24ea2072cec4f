import '@testing-library/jest-dom';
import type { ShipmentSource } from '@tradeflow/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../api/http';
import * as api from '../../api/shipments';
import { ToastProvider } from '../../layout/toasts';
import { aStoredShipment } from '@tradeflow/domain/testing';
import { differenceText, SourcesPanel, toSourceInput } from './sources-panel';

jest.mock('../../api/shipments', () => ({
  ...jest.requireActual('../../api/shipments'),
  addShipmentSource: jest.fn(),
  deleteShipmentSource: jest.fn(),
  makeSourceRecord: jest.fn(),
}));

const source = (overrides: Partial<ShipmentSource>): ShipmentSource => ({
  id: 's1',
  shipmentId: aStoredShipment().id,
  url: null,
  documentName: 'News article',
  publisher: 'a newspaper',
  publishedDate: null,
  volumeTonnes: 45000,
  valueAmount: null,
  paymentCurrency: null,
  note: null,
  isRecord: true,
  createdAt: '',
  ...overrides,
});

// The sample's first Russian cargo: the article's 45,000 t of record, and two conflicting figures.
const sources = [
  source({}),
  source({ id: 's2', documentName: 'Discharge report, Karachi', volumeTonnes: 45142, isRecord: false }),
  source({ id: 's3', documentName: 'Bill of lading', volumeTonnes: 45122, isRecord: false }),
];

function renderPanel(canWrite = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(api.shipmentSourcesQuery(aStoredShipment().id).queryKey, sources);
  render(
    <QueryClientProvider client={client}>
      <ToastProvider>
        <SourcesPanel shipment={aStoredShipment()} canWrite={canWrite} />
      </ToastProvider>
    </QueryClientProvider>,
  );
  return client;
}

describe('sources of a shipment', () => {
  it('lists every source with its figure, the record first, and how the others differ', () => {
    renderPanel();
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.source-volume')?.textContent)).toEqual([
      '45,000 t',
      '45,142 t',
      '45,122 t',
    ]);
    expect(within(items[0] as HTMLElement).getByText('Figure of record')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('+142 t against the record')).toBeInTheDocument();
    expect(
      within(items[0] as HTMLElement).queryByRole('button', { name: /^Make this the figure of record/ }),
    ).toBeNull();
  });

  it('makes another source the figure of record through the API', async () => {
    const user = userEvent.setup({ delay: null });
    jest.mocked(api.makeSourceRecord).mockResolvedValue({
      shipment: aStoredShipment({ volumeTonnes: 45142 }),
      sources: [],
    });
    renderPanel();
    const report = screen.getAllByRole('listitem')[1] as HTMLElement;
    await user.click(
      within(report).getByRole('button', {
        name: 'Make this the figure of record: Discharge report, Karachi',
      }),
    );
    expect(api.makeSourceRecord).toHaveBeenCalledWith(aStoredShipment().id, 's2');
    expect(await screen.findByText('Figure of record: 45,142 t')).toBeInTheDocument();
  });

  it("adds a source, with the API's field errors beside the fields", async () => {
    const user = userEvent.setup({ delay: null });
    jest
      .mocked(api.addShipmentSource)
      .mockRejectedValue(
        new ApiError(400, 'Invalid source', [{ field: 'url', message: 'must be an http(s) URL' }]),
      );
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Add a source' }));
    await user.type(screen.getByLabelText('URL'), 'ftp://example.org/report');
    await user.type(screen.getByLabelText('Reported volume (t)'), '45,130');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    expect(api.addShipmentSource).toHaveBeenCalledWith(
      aStoredShipment().id,
      expect.objectContaining({ url: 'ftp://example.org/report', volumeTonnes: 45130, documentName: null }),
    );
    expect(screen.getByLabelText('URL')).toHaveAccessibleDescription('must be an http(s) URL');
  });

  it('shows no write actions to a viewer', () => {
    renderPanel(false);
    expect(screen.queryByRole('button', { name: 'Add a source' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('reads the form as a request body and states differences', () => {
    expect(
      toSourceInput({
        url: '',
        documentName: ' Manifest ',
        publisher: '',
        publishedDate: '2023-06-12',
        volumeTonnes: '45 122',
        valueAmount: '',
        paymentCurrency: 'cny',
        note: '',
      }),
    ).toEqual({
      url: null,
      documentName: 'Manifest',
      publisher: null,
      publishedDate: '2023-06-12',
      volumeTonnes: 45122,
      valueAmount: null,
      paymentCurrency: 'CNY',
      note: null,
    });
    expect(differenceText(source({ isRecord: false, volumeTonnes: 44990 }), aStoredShipment())).toBe(
      '\u221210 t against the record',
    );
  });
});
