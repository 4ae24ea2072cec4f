import '@testing-library/jest-dom';
import type { Shipment } from '@tradeflow/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../api/http';
import { ShipmentForm } from './shipment-form';

describe('shipment form', () => {
  it('sends the typed shipment as a JSON body', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<ShipmentForm onSubmit={onSubmit} onCancel={jest.fn()} />);
    await user.type(screen.getByLabelText('Reference'), 'PK-RU-CRUDE-2023-003');
    await user.selectOptions(screen.getByLabelText('Origin country'), 'RU');
    await user.type(screen.getByLabelText('Volume (t)'), '45142.5');
    await user.type(screen.getByLabelText('Value'), '130000000');
    await user.selectOptions(screen.getByLabelText('Payment currency'), 'CNY');
    await user.type(screen.getByLabelText('Arrival date'), '2023-08-29');
    await user.click(screen.getByRole('button', { name: 'Add shipment' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        reference: 'PK-RU-CRUDE-2023-003',
        commodity: 'crude_oil',
        originCountry: 'RU',
        transportMode: 'sea',
        volumeTonnes: 45142.5,
        valueAmount: 130000000,
        paymentCurrency: 'CNY',
        arrivalDate: '2023-08-29',
        transitCountries: [],
        vesselName: null,
      }),
    );
  });

  it("shows the API's field errors beside their fields and focuses the first", async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = jest.fn().mockRejectedValue(
      new ApiError(400, 'Invalid shipment', [
        { field: 'volumeTonnes', message: 'must be greater than 0' },
        { field: 'arrivalDate', message: 'is required' },
      ]),
    );
    render(<ShipmentForm onSubmit={onSubmit} onCancel={jest.fn()} />);
    await user.type(screen.getByLabelText('Volume (t)'), '-5');
    await user.click(screen.getByRole('button', { name: 'Add shipment' }));

    const volume = screen.getByLabelText('Volume (t)');
    expect(volume).toHaveAttribute('aria-invalid', 'true');
    expect(volume).toHaveAccessibleDescription('must be greater than 0');
    expect(screen.getByLabelText('Arrival date')).toHaveAccessibleDescription('is required');
    expect(screen.getByLabelText('Reference')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields.');
    await new Promise((done) => setTimeout(done, 10));
    expect(volume).toHaveFocus();
  });

  it('shows a conflict on top of the form', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = jest
      .fn()
      .mockRejectedValue(new ApiError(409, 'A different shipment with reference X already exists'));
    render(<ShipmentForm onSubmit={onSubmit} onCancel={jest.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Add shipment' }));
    expect(screen.getByRole('alert')).toHaveTextContent('already exists');
  });

  it('edits: keeps the reference read-only and sends only the changed fields', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const shipment: Shipment = {
      id: 'a',
      reference: 'PK-RU-LPG-2023-001',
      commodity: 'lpg',
      originCountry: 'RU',
      loadPort: null,
      dischargePort: null,
      transportMode: 'road',
      transitCountries: ['UZ', 'AF'],
      volumeTonnes: 1000,
      valueAmount: null,
      paymentCurrency: null,
      contractDate: null,
      departureDate: null,
      arrivalDate: '2023-06-08',
      vesselName: null,
      vesselImo: null,
      importer: null,
      status: 'delivered',
      notes: null,
      volumeBarrels: 11600,
      createdAt: '',
      updatedAt: '',
    };
    render(<ShipmentForm shipment={shipment} onSubmit={onSubmit} onCancel={jest.fn()} />);
    expect(screen.getByLabelText('Reference')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Transit countries')).toHaveValue('UZ, AF');
    await user.clear(screen.getByLabelText('Volume (t)'));
    await user.type(screen.getByLabelText('Volume (t)'), '1250');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledWith({ volumeTonnes: 1250 });
  });
});
