import { validateFxRatesBody } from './fx-rates';

const rate = (overrides: Record<string, unknown> = {}) => ({
  currency: 'CNY',
  date: '2023-06-01',
  usdPerUnit: 0.1406,
  ...overrides,
});

describe('fx rate uploads', () => {
  it('accept well-formed rates', () => {
    expect(
      validateFxRatesBody({ rates: [rate(), rate({ date: '2023-06-02' }), rate({ currency: 'RUB' })] }),
    ).toEqual([]);
  });

  it('name the field of each bad item with its index', () => {
    const errors = validateFxRatesBody({
      rates: [
        rate(),
        rate({ currency: 'XXY' }),
        rate({ date: '2023-02-30' }),
        rate({ date: '2023-06-04', usdPerUnit: 0 }),
        rate({ date: '2023-06-05', usdPerUnit: '0.14' }),
        rate({ date: '2023-06-06', usdPerUnit: 0.12345678901 }),
        rate({ currency: 'USD' }),
        rate({ extra: 1 }),
        'CNY',
      ],
    });
    expect(errors.map((e) => e.field)).toEqual([
      'rates[1].currency',
      'rates[2].date',
      'rates[3].usdPerUnit',
      'rates[4].usdPerUnit',
      'rates[5].usdPerUnit',
      'rates[6].currency',
      'rates[7].extra',
      'rates[7]',
      'rates[8]',
    ]);
    expect(errors[5]?.message).toMatch(/base currency/);
    expect(errors[7]?.message).toMatch(/repeats rates\[0\] \(CNY 2023-06-01\)/);
  });

  it('refuse a body that is not { rates: [...] }, empty or over 10,000 rates', () => {
    expect(validateFxRatesBody([rate()])).toEqual([{ field: 'body', message: expect.any(String) }]);
    expect(validateFxRatesBody({ rates: [] })[0]?.field).toBe('rates');
    expect(validateFxRatesBody({ rates: rate() })[0]?.field).toBe('rates');
    const many = Array.from({ length: 10_001 }, (_, i) => rate({ date: `2000-01-01`, usdPerUnit: i + 1 }));
    expect(validateFxRatesBody({ rates: many })).toEqual([
      { field: 'rates', message: 'at most 10000 rates per request, got 10001' },
    ]);
    expect(validateFxRatesBody({ rates: [rate()], currency: 'CNY' })).toEqual([
      { field: 'currency', message: 'unknown field' },
    ]);
  });
});
