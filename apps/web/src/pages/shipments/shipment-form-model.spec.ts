import type { Shipment } from '@tradeflow/domain';
import {
  chokepointsOverrideOf,
  emptyFormValues,
  formValuesOf,
  overrideText,
  toShipmentInput,
  toShipmentPatch,
} from './shipment-form-model';

const stored: Shipment = {
  id: '0b3b8a4e-0000-0000-0000-000000000000',
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
  departureDate: '2023-05-25',
  arrivalDate: '2023-06-08',
  vesselName: null,
  vesselImo: null,
  importer: null,
  status: 'delivered',
  notes: 'by truck',
  volumeBarrels: 11600,
  barrelsPerTonne: 11.6,
  apiGravity: null,
  stsTransferPoint: null,
  legs: null,
  chokepoints: null,
  chokepointsPassed: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('shipment form values', () => {
  it('turns the inputs into a JSON body: numbers, codes in upper case, blanks as null', () => {
    const values = {
      ...emptyFormValues(),
      reference: ' PK-RU-CRUDE-2023-003 ',
      originCountry: 'ru',
      volumeTonnes: '45,142.5',
      valueAmount: '',
      transitCountries: 'uz, af',
      arrivalDate: '2023-08-29',
    };
    expect(toShipmentInput(values)).toMatchObject({
      reference: 'PK-RU-CRUDE-2023-003',
      originCountry: 'RU',
      volumeTonnes: 45142.5,
      valueAmount: null,
      transitCountries: ['UZ', 'AF'],
      arrivalDate: '2023-08-29',
      vesselName: null,
      status: 'delivered',
    });
  });

  it('passes text that is not a number through, for the API to name the field', () => {
    expect(toShipmentInput({ ...emptyFormValues(), volumeTonnes: 'lots' }).volumeTonnes).toBe('lots');
  });

  it('patches only what changed', () => {
    const values = { ...formValuesOf(stored), volumeTonnes: '1200', notes: 'by truck' };
    expect(toShipmentPatch(values, stored)).toEqual({ volumeTonnes: 1200 });
    expect(toShipmentPatch({ ...formValuesOf(stored), transitCountries: 'AF' }, stored)).toEqual({
      transitCountries: ['AF'],
    });
  });

  it('sends the chokepoints override: blank derives them, `none` is a voyage past none, codes in table order', () => {
    const body = (chokepoints: string) => toShipmentInput({ ...emptyFormValues(), chokepoints }).chokepoints;
    expect(body('')).toBeNull();
    expect(body('none')).toEqual([]);
    expect(body('Suez, bab_el_mandeb')).toEqual(['suez', 'bab_el_mandeb']);
    expect(overrideText(['suez', 'hormuz'])).toBe('hormuz, suez');
    expect(overrideText([])).toBe('none');
    expect(chokepointsOverrideOf('cape_of_good_hope')).toEqual(['cape_of_good_hope']);
  });

  it('edits a stored override, an empty one included, and patches it only when it changed', () => {
    const atSea: Shipment = { ...stored, transportMode: 'sea', transitCountries: [] };
    expect(formValuesOf({ ...atSea, chokepoints: [] }).chokepoints).toBe('none');
    expect(formValuesOf({ ...atSea, chokepoints: ['suez', 'hormuz'] }).chokepoints).toBe('hormuz, suez');
    expect(formValuesOf(atSea).chokepoints).toBe('');
    const roundTheCape = { ...formValuesOf(atSea), chokepoints: 'cape_of_good_hope' };
    expect(toShipmentPatch(roundTheCape, atSea)).toEqual({ chokepoints: ['cape_of_good_hope'] });
    expect(
      toShipmentPatch(formValuesOf({ ...atSea, chokepoints: [] }), { ...atSea, chokepoints: [] }),
    ).toEqual({});
  });
});
