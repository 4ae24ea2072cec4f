import { ApiError } from '../api/http';
import { shipmentFieldOf } from '../pages/shipments/shipment-form-model';
import { firstFieldWithError, formErrorsOf, topLevelFieldOf } from './form-errors';

const refused = (errors: { field: string; message: string }[]) =>
  new ApiError(400, 'Validation failed', errors);

describe('formErrorsOf', () => {
  it('words the field names of API messages for people', () => {
    const problems = formErrorsOf(
      refused([
        { field: 'departureDate', message: 'must not be after arrivalDate (2023-09-01)' },
        { field: 'valueAmount', message: 'is required when paymentCurrency is given' },
      ]),
      shipmentFieldOf,
      'Could not save.',
    );
    expect(problems).toEqual({
      byField: {
        departureDate: 'must not be after arrival date (2023-09-01)',
        valueAmount: 'is required when payment currency is given',
      },
      form: 'Please correct the highlighted fields.',
    });
    expect(firstFieldWithError(problems)).toBe('departureDate');
  });

  it('puts list items and nested fields on their field, joined, and the fields the form lacks on top', () => {
    expect(
      formErrorsOf(
        refused([
          { field: 'volumeTonnes', message: 'must be greater than 0' },
          { field: 'transitCountries[1]', message: 'unknown code' },
          { field: 'legs[0].from', message: 'unknown country' },
          { field: 'legs[1].mode', message: 'unknown mode' },
          { field: 'body', message: 'is not JSON' },
        ]),
        shipmentFieldOf,
        'Could not save.',
      ),
    ).toEqual({
      byField: {
        volumeTonnes: 'must be greater than 0',
        transitCountries: 'unknown code',
        legs: 'unknown country; unknown mode',
      },
      form: 'body: is not JSON',
    });
  });

  it('shows an error without field errors on top, worded, and the fallback for what is not an Error', () => {
    expect(formErrorsOf(new ApiError(409, 'reference already exists'), shipmentFieldOf, 'x')).toEqual({
      byField: {},
      form: 'reference already exists',
    });
    expect(formErrorsOf('boom', shipmentFieldOf, 'Could not save the shipment.')).toEqual({
      byField: {},
      form: 'Could not save the shipment.',
    });
  });

  it('maps API fields to the top-level fields a form has, and nothing else', () => {
    const fieldOf = topLevelFieldOf(['params', 'name'] as const);
    expect(fieldOf('params.filters.origin')).toBe('params');
    expect(fieldOf('name')).toBe('name');
    expect(fieldOf('cron')).toBeNull();
  });
});
