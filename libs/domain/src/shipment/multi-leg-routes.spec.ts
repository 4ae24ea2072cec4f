import { canonicalLegs, legsProblem } from './shipment-legs';
import { validateShipmentInput } from './validate-shipment';

// The Russian LPG of the story: by rail to Uzbekistan (through Kazakhstan), then by truck through Afghanistan.
const lpgLegs = [
  { mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ'] },
  { mode: 'road', from: 'UZ', to: 'PK', via: ['AF'] },
];

const lpg = {
  reference: 'PK-RU-LPG-2023-001',
  commodity: 'lpg',
  originCountry: 'RU',
  transportMode: 'road',
  transitCountries: ['UZ', 'AF'],
  volumeTonnes: 1000,
  arrivalDate: '2023-06-08',
};

describe('multi-leg routes', () => {
  it('accept the LPG going by rail to Uzbekistan and by truck through Afghanistan', () => {
    expect(validateShipmentInput({ ...lpg, legs: lpgLegs })).toEqual([]);
  });

  it('accept a ship-to-ship transfer point as free text or a UN/LOCODE', () => {
    const crude = { ...lpg, commodity: 'crude_oil', transportMode: 'sea', legs: null };
    expect(validateShipmentInput({ ...crude, stsTransferPoint: 'off Sohar, Oman' })).toEqual([]);
    expect(validateShipmentInput({ ...crude, stsTransferPoint: 'OMSOH' })).toEqual([]);
  });

  it('refuse a transfer point over 100 characters or with control characters', () => {
    expect(validateShipmentInput({ ...lpg, stsTransferPoint: 'x'.repeat(101) })).toEqual([
      { field: 'stsTransferPoint', message: 'must be at most 100 characters' },
    ]);
    expect(validateShipmentInput({ ...lpg, stsTransferPoint: 'off\nSohar' })[0]?.field).toBe(
      'stsTransferPoint',
    );
  });

  it("refuse legs whose last mode is not the shipment's transport mode", () => {
    const errors = validateShipmentInput({ ...lpg, transportMode: 'rail', legs: lpgLegs });
    expect(errors).toEqual([
      { field: 'legs', message: "the last leg's mode (road) must be the transportMode (rail)" },
    ]);
  });

  it.each([
    [[{ mode: 'air', from: 'RU', to: 'UZ' }], /mode must be one of sea, road, rail, pipeline/],
    [[{ mode: 'rail', from: 'RU', to: 'ZZ' }], /leg 1 to: unknown ISO 3166-1 alpha-2 country code "ZZ"/],
    [[{ mode: 'rail', from: 'RU', to: 'UZ', via: ['KZ', 'XX'] }], /leg 1 via: unknown/],
    [[{ mode: 'rail', from: 'RU', to: 'RU' }], /starts and ends in RU/],
    [
      [
        { mode: 'rail', from: 'RU', to: 'UZ' },
        { mode: 'road', from: 'AF', to: 'PK' },
      ],
      /contiguous: leg 2 starts in AF but leg 1 ended in UZ/,
    ],
    [[{ mode: 'road', from: 'RU', to: 'PK', by: 'truck' }], /unknown field "by"/],
    ['RU>PK', /must be an array/],
    [[['road']], /leg 1 must be an object/],
    [Array(11).fill({ mode: 'road', from: 'RU', to: 'PK' }), /at most 10 legs/],
  ])('refuse %j', (legs, message) => {
    expect(legsProblem(legs)).toMatch(message);
  });

  it('store legs with their keys in one order, without an empty via, and none as null', () => {
    expect(canonicalLegs([{ via: [], to: 'PK', from: 'RU', mode: 'sea' }])).toEqual([
      { mode: 'sea', from: 'RU', to: 'PK' },
    ]);
    expect(JSON.stringify(canonicalLegs([{ to: 'UZ', via: ['KZ'], mode: 'rail', from: 'RU' }]))).toBe(
      '[{"mode":"rail","from":"RU","to":"UZ","via":["KZ"]}]',
    );
    expect(canonicalLegs([])).toBeNull();
    expect(canonicalLegs(null)).toBeNull();
  });
});

describe('API gravity of a crude cargo', () => {
  const crude = { ...lpg, commodity: 'crude_oil', transportMode: 'sea', transitCountries: [] };

  it('is accepted from 5 to 70 degrees with 2 decimals', () => {
    expect(validateShipmentInput({ ...crude, apiGravity: 31.5 })).toEqual([]);
    expect(validateShipmentInput({ ...crude, apiGravity: 5 })).toEqual([]);
    expect(validateShipmentInput({ ...crude, apiGravity: 70 })).toEqual([]);
  });

  it.each([
    [4.99, 'must be from 5 to 70 (degrees API)'],
    [70.01, 'must be from 5 to 70 (degrees API)'],
    [31.555, 'must have at most 2 decimal places'],
    ['31.5', 'must be a number'],
  ])('refuses %p', (apiGravity, message) => {
    expect(validateShipmentInput({ ...crude, apiGravity })).toEqual([{ field: 'apiGravity', message }]);
  });

  it('is refused on anything but crude oil', () => {
    expect(validateShipmentInput({ ...lpg, apiGravity: 31.5 })).toEqual([
      { field: 'apiGravity', message: 'is for crude_oil only' },
    ]);
  });

  it('is checked against the commodity in a patch only when the patch carries both', () => {
    expect(validateShipmentInput({ apiGravity: 31.5 }, { partial: true })).toEqual([]);
    expect(validateShipmentInput({ apiGravity: 31.5, commodity: 'lpg' }, { partial: true })).toEqual([
      { field: 'apiGravity', message: 'is for crude_oil only' },
    ]);
  });
});
