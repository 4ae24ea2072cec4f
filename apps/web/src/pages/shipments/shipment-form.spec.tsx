import '@testing-library/jest-dom';
import type { Shipment } from '@tradeflow/domain';
import { render, screen, within } from '@testing-library/react';
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
      destinationCountry: 'PK',
      priceBasis: 'unknown',
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
      barrelsPerTonne: 11.6,
      apiGravity: null,
      stsTransferPoint: null,
      legs: null,
      chokepoints: null,
      chokepointsPassed: [],
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

  it('sends the API gravity of a crude cargo, its ship-to-ship point and its legs', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<ShipmentForm onSubmit={onSubmit} onCancel={jest.fn()} />);
    await user.type(screen.getByLabelText('Reference'), 'PK-RU-CRUDE-2023-009');
    await user.selectOptions(screen.getByLabelText('Origin country'), 'RU');
    await user.type(screen.getByLabelText('API gravity (°API)'), '31.5');
    await user.type(screen.getByLabelText('Ship-to-ship transfer point'), 'off Sohar, Oman');
    await user.click(screen.getByRole('button', { name: 'Add leg' }));
    const legOne = within(screen.getByRole('listitem', { name: 'Leg 1' }));
    expect(legOne.getByLabelText('From')).toHaveValue('RU');
    await user.type(legOne.getByLabelText('To'), 'om');
    await user.click(screen.getByRole('button', { name: 'Add leg' }));
    const legTwo = within(screen.getByRole('listitem', { name: 'Leg 2' }));
    expect(legTwo.getByLabelText('From')).toHaveValue('om');
    await user.type(legTwo.getByLabelText('To'), 'PK');
    await user.click(screen.getByRole('button', { name: 'Add shipment' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        apiGravity: 31.5,
        stsTransferPoint: 'off Sohar, Oman',
        legs: [
          { mode: 'sea', from: 'RU', to: 'OM' },
          { mode: 'sea', from: 'OM', to: 'PK' },
        ],
      }),
    );
  });

  it('offers the API gravity for crude only, and clears it for another commodity', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<ShipmentForm onSubmit={onSubmit} onCancel={jest.fn()} />);
    await user.type(screen.getByLabelText('API gravity (°API)'), '31.5');
    await user.selectOptions(screen.getByLabelText('Commodity'), 'lpg');
    expect(screen.queryByLabelText('API gravity (°API)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add shipment' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ apiGravity: null, legs: null }));
  });

  it("shows the API's message about the legs beside them and marks the leg it names", async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = jest
      .fn()
      .mockRejectedValue(
        new ApiError(400, 'Invalid shipment', [
          { field: 'legs', message: 'leg 2 to: unknown ISO 3166-1 alpha-2 country code "XX"' },
        ]),
      );
    render(<ShipmentForm onSubmit={onSubmit} onCancel={jest.fn()} />);
    await user.selectOptions(screen.getByLabelText('Origin country'), 'RU');
    await user.click(screen.getByRole('button', { name: 'Add leg' }));
    await user.type(within(screen.getByRole('listitem', { name: 'Leg 1' })).getByLabelText('To'), 'UZ');
    await user.click(screen.getByRole('button', { name: 'Add leg' }));
    await user.type(within(screen.getByRole('listitem', { name: 'Leg 2' })).getByLabelText('To'), 'XX');
    await user.click(screen.getByRole('button', { name: 'Add shipment' }));
    expect(screen.getByRole('listitem', { name: 'Leg 2' })).toHaveClass('is-invalid');
    expect(screen.getByRole('listitem', { name: 'Leg 1' })).not.toHaveClass('is-invalid');
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
      'leg 2 to: unknown ISO 3166-1 alpha-2 country code "XX"',
    );
    await user.click(
      within(screen.getByRole('listitem', { name: 'Leg 2' })).getByRole('button', { name: 'Remove leg 2' }),
    );
    expect(screen.queryByRole('listitem', { name: 'Leg 2' })).toBeNull();
  });
});
