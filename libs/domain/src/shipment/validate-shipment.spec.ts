import { validateShipmentInput } from './validate-shipment';

// The first Russian crude cargo of the story: 45,000 t into Karachi, paid in Chinese yuan.
const firstRussianCargo = {
  reference: 'PK-RU-2023-0001',
  commodity: 'crude_oil',
  originCountry: 'RU',
  loadPort: 'RUULU',
  dischargePort: 'PKKHI',
  transportMode: 'sea',
  transitCountries: [],
  volumeTonnes: 45000,
  valueAmount: 180_000_000.5,
  paymentCurrency: 'CNY',
  contractDate: '2023-04-20',
  departureDate: '2023-05-21',
  arrivalDate: '2023-06-11',
  vesselName: 'MT Example Spirit',
  vesselImo: '9074729',
  importer: 'Pakistan Refinery Limited',
  status: 'delivered',
  notes: 'First cargo under the April 2023 agreement.',
};

const minimal = {
  reference: 'LPG-AF-001',
  commodity: 'lpg',
  originCountry: 'RU',
  transportMode: 'road',
  volumeTonnes: 20.125,
  arrivalDate: '2023-08-01',
};

const errorsFor = (patch: Record<string, unknown>, options?: { partial?: boolean }) =>
  validateShipmentInput({ ...firstRussianCargo, ...patch }, options);

describe('validating a shipment', () => {
  it('accepts the first Russian cargo with every field filled', () => {
    expect(validateShipmentInput(firstRussianCargo)).toEqual([]);
  });

  it('accepts a shipment with only the required fields', () => {
    expect(validateShipmentInput(minimal)).toEqual([]);
  });

  it('accepts LPG by road via Uzbekistan and Afghanistan, optional fields null or blank', () => {
    expect(
      validateShipmentInput({
        ...minimal,
        transitCountries: ['UZ', 'AF'],
        loadPort: null,
        notes: '',
        status: undefined,
      }),
    ).toEqual([]);
  });

  it('reports each missing required field by name', () => {
    expect(validateShipmentInput({})).toEqual(
      ['reference', 'commodity', 'originCountry', 'transportMode', 'volumeTonnes', 'arrivalDate'].map(
        (field) => ({
          field,
          message: 'is required',
        }),
      ),
    );
  });

  it('treats a blank required string as missing', () => {
    expect(errorsFor({ reference: '   ' })).toEqual([{ field: 'reference', message: 'is required' }]);
  });

  describe('reference', () => {
    it('may be 64 characters, not 65', () => {
      expect(errorsFor({ reference: 'R'.repeat(64) })).toEqual([]);
      expect(errorsFor({ reference: 'R'.repeat(65) })).toEqual([
        { field: 'reference', message: 'must be at most 64 characters' },
      ]);
    });

    it('counts characters, not UTF-16 units', () => {
      expect(errorsFor({ reference: '🛢'.repeat(64) })).toEqual([]);
    });

    it('rejects control characters', () => {
      expect(errorsFor({ reference: 'PK\u0000RU' })).toEqual([
        { field: 'reference', message: 'must not contain control characters' },
      ]);
      expect(errorsFor({ reference: 'PK\nRU' })[0]?.field).toBe('reference');
    });

    it('must be a string', () => {
      expect(errorsFor({ reference: 42 })).toEqual([{ field: 'reference', message: 'must be a string' }]);
    });
  });

  describe('codes', () => {
    it('rejects an unknown country code', () => {
      expect(errorsFor({ originCountry: 'ZZ' })).toEqual([
        { field: 'originCountry', message: 'unknown ISO 3166-1 alpha-2 country code "ZZ"' },
      ]);
    });

    it('hints at upper case for a lower-case country code', () => {
      expect(errorsFor({ originCountry: 'ru' })[0]?.message).toBe(
        'unknown ISO 3166-1 alpha-2 country code "ru"; codes are upper case (RU)',
      );
    });

    it('rejects an unknown currency, commodity, mode and status, listing the allowed values', () => {
      expect(
        errorsFor({ paymentCurrency: 'XAU', commodity: 'coal', transportMode: 'air', status: 'lost' }),
      ).toEqual([
        {
          field: 'commodity',
          message:
            'unknown commodity "coal"; expected one of crude_oil, lpg, diesel, gasoline, fuel_oil, jet_fuel',
        },
        {
          field: 'transportMode',
          message: 'unknown transport mode "air"; expected one of sea, road, rail, pipeline',
        },
        { field: 'paymentCurrency', message: 'unknown ISO 4217 currency code "XAU"' },
        {
          field: 'status',
          message: 'unknown status "lost"; expected one of contracted, in_transit, delivered',
        },
      ]);
    });

    it('accepts an unknown but well-formed port and rejects a malformed one', () => {
      expect(errorsFor({ loadPort: 'RUZZ9' })).toEqual([]);
      expect(errorsFor({ dischargePort: 'PK-KHI' })).toEqual([
        {
          field: 'dischargePort',
          message:
            'malformed UN/LOCODE "PK-KHI"; expected an ISO country code and 3 letters or digits 2-9, e.g. PKKHI',
        },
      ]);
    });
  });

  describe('transit countries', () => {
    it('must be known codes', () => {
      expect(errorsFor({ transitCountries: ['UZ', 'XX'] })).toEqual([
        { field: 'transitCountries', message: 'unknown ISO 3166-1 alpha-2 country code "XX"' },
      ]);
    });

    it('must not repeat a country', () => {
      expect(errorsFor({ transitCountries: ['AF', 'UZ', 'AF'] })).toEqual([
        { field: 'transitCountries', message: 'lists "AF" more than once' },
      ]);
    });

    it('may list 10 countries, not 11', () => {
      const eleven = ['AF', 'UZ', 'TM', 'KZ', 'KG', 'TJ', 'IR', 'TR', 'GE', 'AZ', 'AM'];
      expect(errorsFor({ transitCountries: eleven.slice(0, 10) })).toEqual([]);
      expect(errorsFor({ transitCountries: eleven })).toEqual([
        { field: 'transitCountries', message: 'must list at most 10 countries' },
      ]);
    });

    it('must be an array of strings, not a pipe-joined CSV cell', () => {
      expect(errorsFor({ transitCountries: 'UZ|AF' })).toEqual([
        { field: 'transitCountries', message: 'must be an array of ISO 3166-1 alpha-2 country codes' },
      ]);
    });
  });

  describe('volume', () => {
    it.each([
      [0, 'must be greater than 0'],
      [-5, 'must be greater than 0'],
      [1.0005, 'must have at most 3 decimal places'],
      [0.1 + 0.2, 'must have at most 3 decimal places'],
      [1e12, 'must be less than 1000000000000'],
      [Number.NaN, 'must be a finite number'],
      [Number.POSITIVE_INFINITY, 'must be a finite number'],
      ['45000', 'must be a number'],
    ])('rejects %p: %s', (volumeTonnes, message) => {
      expect(errorsFor({ volumeTonnes })).toEqual([{ field: 'volumeTonnes', message }]);
    });

    it('accepts a kilogram precision and just under a trillion tonnes', () => {
      expect(errorsFor({ volumeTonnes: 0.001 })).toEqual([]);
      expect(errorsFor({ volumeTonnes: 999_999_999_999.999 })).toEqual([]);
    });
  });

  describe('value and currency', () => {
    it('accepts a zero value and cents', () => {
      expect(errorsFor({ valueAmount: 0 })).toEqual([]);
      expect(errorsFor({ valueAmount: 12.34 })).toEqual([]);
    });

    it.each([
      [-0.01, 'must not be negative'],
      [12.345, 'must have at most 2 decimal places'],
      [1e13, 'must be less than 10000000000000'],
    ])('rejects %p: %s', (valueAmount, message) => {
      expect(errorsFor({ valueAmount })).toEqual([{ field: 'valueAmount', message }]);
    });

    it('requires the currency when a value is given', () => {
      expect(errorsFor({ paymentCurrency: null })).toEqual([
        { field: 'paymentCurrency', message: 'is required when valueAmount is given' },
      ]);
    });

    it('requires the value when a currency is given', () => {
      expect(errorsFor({ valueAmount: '' })).toEqual([
        { field: 'valueAmount', message: 'is required when paymentCurrency is given' },
      ]);
    });

    it('accepts both absent', () => {
      expect(errorsFor({ valueAmount: null, paymentCurrency: undefined })).toEqual([]);
    });
  });

  describe('dates', () => {
    it('reject a day that does not exist', () => {
      expect(errorsFor({ arrivalDate: '2023-02-30' })).toEqual([
        { field: 'arrivalDate', message: '"2023-02-30" is not a real calendar date in YYYY-MM-DD form' },
      ]);
    });

    it('reject other formats', () => {
      expect(errorsFor({ contractDate: '20/04/2023' })[0]?.field).toBe('contractDate');
      expect(errorsFor({ contractDate: '2023-04-20T00:00:00Z' })[0]?.field).toBe('contractDate');
    });

    it('keep years within 1900-2100', () => {
      expect(errorsFor({ contractDate: '1899-12-31' })).toEqual([
        { field: 'contractDate', message: 'year must be between 1900 and 2100' },
      ]);
      expect(errorsFor({ contractDate: '1900-01-01', arrivalDate: '2100-12-31' })).toEqual([]);
    });

    it('reject a departure after the arrival, and accept the same day', () => {
      expect(errorsFor({ departureDate: '2023-06-12' })).toEqual([
        { field: 'departureDate', message: 'must not be after arrivalDate (2023-06-11)' },
      ]);
      expect(errorsFor({ departureDate: '2023-06-11' })).toEqual([]);
    });
  });

  describe('vessel and text fields', () => {
    it('reject an IMO number with a wrong check digit or shape', () => {
      expect(errorsFor({ vesselImo: '9074728' })).toEqual([
        { field: 'vesselImo', message: '"9074728" fails the IMO check digit' },
      ]);
      expect(errorsFor({ vesselImo: 'IMO 9074729' })).toEqual([
        { field: 'vesselImo', message: 'must be a string of 7 digits' },
      ]);
    });

    it('limit vessel name and importer to 200 characters and notes to 10,000', () => {
      expect(
        errorsFor({ vesselName: 'V'.repeat(200), importer: 'I'.repeat(200), notes: 'N'.repeat(10_000) }),
      ).toEqual([]);
      expect(
        errorsFor({ vesselName: 'V'.repeat(201), importer: 'I'.repeat(201), notes: 'N'.repeat(10_001) }),
      ).toEqual([
        { field: 'vesselName', message: 'must be at most 200 characters' },
        { field: 'importer', message: 'must be at most 200 characters' },
        { field: 'notes', message: 'must be at most 10000 characters' },
      ]);
    });
  });

  it('reports unknown fields, including in partial mode', () => {
    expect(errorsFor({ volumeBarrels: 1, id: 'x' })).toEqual([
      { field: 'volumeBarrels', message: 'unknown field' },
      { field: 'id', message: 'unknown field' },
    ]);
    expect(validateShipmentInput({ colour: 'red' }, { partial: true })).toEqual([
      { field: 'colour', message: 'unknown field' },
    ]);
  });

  it('reports several bad fields at once, in field order', () => {
    expect(errorsFor({ arrivalDate: 'soon', originCountry: 'ZZ' }).map((e) => e.field)).toEqual([
      'originCountry',
      'arrivalDate',
    ]);
  });

  describe('in partial mode (a patch)', () => {
    it('accepts an empty patch and a patch of one valid field', () => {
      expect(validateShipmentInput({}, { partial: true })).toEqual([]);
      expect(validateShipmentInput({ status: 'in_transit' }, { partial: true })).toEqual([]);
    });

    it('validates the fields it carries', () => {
      expect(validateShipmentInput({ volumeTonnes: -1 }, { partial: true })).toEqual([
        { field: 'volumeTonnes', message: 'must be greater than 0' },
      ]);
    });

    it('refuses to clear a required field', () => {
      expect(validateShipmentInput({ arrivalDate: null }, { partial: true })).toEqual([
        { field: 'arrivalDate', message: 'is required' },
      ]);
    });

    it('checks value with currency only when the patch carries both', () => {
      expect(validateShipmentInput({ valueAmount: 10 }, { partial: true })).toEqual([]);
      expect(validateShipmentInput({ valueAmount: 10, paymentCurrency: null }, { partial: true })).toEqual([
        { field: 'paymentCurrency', message: 'is required when valueAmount is given' },
      ]);
    });

    it('checks departure before arrival when the patch carries both', () => {
      expect(
        validateShipmentInput({ departureDate: '2023-07-01', arrivalDate: '2023-06-30' }, { partial: true }),
      ).toEqual([{ field: 'departureDate', message: 'must not be after arrivalDate (2023-06-30)' }]);
    });
  });
});

describe('text that PostgreSQL could not store as given', () => {
  const valid = {
    reference: 'R-1',
    commodity: 'crude_oil',
    originCountry: 'SA',
    transportMode: 'sea',
    volumeTonnes: 1,
    arrivalDate: '2023-01-01',
  };

  it('rejects a reference with surrounding spaces instead of storing a different key', () => {
    expect(validateShipmentInput({ ...valid, reference: ' R-1 ' })).toEqual([
      { field: 'reference', message: 'must not start or end with spaces' },
    ]);
  });

  it('rejects NUL characters in free text', () => {
    expect(validateShipmentInput({ ...valid, notes: 'a\u0000b' })).toEqual([
      { field: 'notes', message: 'must not contain NUL characters' },
    ]);
  });
});
