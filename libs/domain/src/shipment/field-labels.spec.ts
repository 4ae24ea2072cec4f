import { fieldLabel, wordFieldNames } from './field-labels';

describe('field labels for people', () => {
  it('names JSON fields and CSV columns the same way', () => {
    expect(fieldLabel('arrivalDate')).toBe('arrival date');
    expect(fieldLabel('arrival_date')).toBe('arrival date');
    expect(fieldLabel('valueAmount')).toBe('value');
    expect(fieldLabel('volume_tonnes')).toBe('volume');
    expect(fieldLabel('legs[1].mode')).toBe('legs 2: mode');
    expect(fieldLabel('somethingElse')).toBe('somethingElse');
  });

  it('words the field names inside a message', () => {
    expect(wordFieldNames('must not be after arrivalDate (2023-09-01)')).toBe(
      'must not be after arrival date (2023-09-01)',
    );
    expect(wordFieldNames('value_amount: is required when paymentCurrency is given')).toBe(
      'value: is required when payment currency is given',
    );
    expect(wordFieldNames('sorted by volumeTonnes descending')).toBe('sorted by volume descending');
  });
});
