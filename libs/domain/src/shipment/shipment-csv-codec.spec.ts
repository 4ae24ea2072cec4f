import fc from 'fast-check';
import { SHIPMENT_CSV_COLUMNS } from './shipment-csv';
import {
  formatCsvDecimal,
  parseShipmentCsvLine,
  shipmentCsvHeaderProblem,
  type ShipmentCsvSource,
  shipmentToCsvCells,
} from './shipment-csv-codec';

// The first Russian crude cargo as PostgreSQL returns it (numeric with the column scale).
const stored: ShipmentCsvSource = {
  reference: 'PK-RU-2023-0001',
  commodity: 'crude_oil',
  origin_country: 'RU',
  load_port: 'RUULU',
  discharge_port: 'PKKHI',
  transport_mode: 'sea',
  transit_countries: [],
  volume_tonnes: '45000.000',
  value_amount: '180000000.50',
  payment_currency: 'CNY',
  contract_date: '2023-04-20',
  departure_date: '2023-05-21',
  arrival_date: '2023-06-11',
  vessel_name: 'MT Example Spirit',
  vessel_imo: '9074729',
  importer: 'Pakistan Refinery Limited',
  status: 'delivered',
  notes: null,
  destination_country: 'PK',
  price_basis: 'CIF',
  chokepoints: null,
};

describe('shipment CSV codec', () => {
  it.each([
    ['45000.000', '45000'],
    ['12.500', '12.5'],
    ['0.001', '0.001'],
    ['0.000', '0'],
    ['180000000.50', '180000000.5'],
    ['7', '7'],
    ['100', '100'],
  ])('writes numeric %p as %p', (numeric, cell) => {
    expect(formatCsvDecimal(numeric)).toBe(cell);
  });

  it('exports a stored shipment as cells in header order, numbers without trailing zeros', () => {
    expect(shipmentToCsvCells(stored)).toEqual([
      'PK-RU-2023-0001',
      'crude_oil',
      'RU',
      'RUULU',
      'PKKHI',
      'sea',
      '',
      '45000',
      '180000000.5',
      'CNY',
      '2023-04-20',
      '2023-05-21',
      '2023-06-11',
      'MT Example Spirit',
      '9074729',
      'Pakistan Refinery Limited',
      'delivered',
      '',
      'PK',
      'CIF',
      '',
    ]);
  });

  it('writes a chokepoints override joined by |, an empty override as none, and reads both back', () => {
    const cells = shipmentToCsvCells({ ...stored, chokepoints: ['cape_of_good_hope', 'danish_straits'] });
    expect(cells[20]).toBe('cape_of_good_hope|danish_straits');
    expect(parseShipmentCsvLine(cells).shipment?.chokepoints).toEqual([
      'cape_of_good_hope',
      'danish_straits',
    ]);
    const none = shipmentToCsvCells({ ...stored, chokepoints: [] });
    expect(none[20]).toBe('none');
    expect(parseShipmentCsvLine(none).shipment?.chokepoints).toEqual([]);
    expect(parseShipmentCsvLine(cells.slice(0, 20)).shipment?.chokepoints).toBeNull();
  });

  it('refuses an unknown chokepoint code in the chokepoints column, naming the column', () => {
    const cells = shipmentToCsvCells({ ...stored, chokepoints: ['suez'] });
    cells[20] = 'suez|gibraltar';
    const parsed = parseShipmentCsvLine(cells);
    expect(parsed.shipment).toBeUndefined();
    expect(parsed.errors).toEqual([
      { field: 'chokepoints', message: expect.stringMatching(/unknown chokepoint code "gibraltar"/) },
    ]);
  });

  it('joins transit countries with | and neutralises formula-like text', () => {
    const cells = shipmentToCsvCells({
      ...stored,
      transit_countries: ['UZ', 'AF'],
      notes: '=HYPERLINK("x")',
    });
    expect(cells[6]).toBe('UZ|AF');
    expect(cells[17]).toBe('\'=HYPERLINK("x")');
  });

  it('reads its own export back to the same shipment', () => {
    const parsed = parseShipmentCsvLine(
      shipmentToCsvCells({ ...stored, transit_countries: ['UZ', 'AF'], notes: '-5 t short' }),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.shipment).toMatchObject({
      reference: 'PK-RU-2023-0001',
      transitCountries: ['UZ', 'AF'],
      volumeTonnes: 45000,
      valueAmount: 180000000.5,
      notes: '-5 t short',
    });
  });

  it('reads empty cells as absent: status defaults later, transit countries become []', () => {
    const cells = shipmentToCsvCells({ ...stored, status: null, vessel_imo: null, transit_countries: null });
    const parsed = parseShipmentCsvLine(cells);
    expect(parsed.errors).toEqual([]);
    expect(parsed.shipment).toMatchObject({ status: null, vesselImo: null, transitCountries: [] });
  });

  it('round-trips any note through export and import', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (notes) => {
        fc.pre(!notes.includes('\u0000') && notes.trim() !== '');
        const parsed = parseShipmentCsvLine(shipmentToCsvCells({ ...stored, notes }));
        return parsed.shipment?.notes === notes;
      }),
    );
  });

  it('names the CSV column, not the JSON field, in errors', () => {
    const cells = shipmentToCsvCells({ ...stored, origin_country: 'ZZ', arrival_date: '2023-02-30' });
    expect(parseShipmentCsvLine(cells).errors).toEqual([
      { field: 'origin_country', message: 'unknown ISO 3166-1 alpha-2 country code "ZZ"' },
      { field: 'arrival_date', message: '"2023-02-30" is not a real calendar date in YYYY-MM-DD form' },
    ]);
  });

  it.each(['1,000', '1 000', '45000,5', '1e3', 'abc', '0x10', 'Infinity'])(
    'rejects the number %p with a message about the format',
    (cell) => {
      const cells = shipmentToCsvCells(stored);
      cells[7] = cell;
      const parsed = parseShipmentCsvLine(cells);
      expect(parsed.shipment).toBeUndefined();
      expect(parsed.errors).toEqual([
        {
          field: 'volume_tonnes',
          message: `must be a decimal number with "." as the decimal separator and no thousands separators, got ${JSON.stringify(cell)}`,
        },
      ]);
    },
  );

  it('keeps the reference of a bad line for the report', () => {
    const cells = shipmentToCsvCells({ ...stored, reference: "'=cmd", volume_tonnes: '0' });
    expect(parseShipmentCsvLine(cells)).toEqual({
      shipment: undefined,
      reference: "'=cmd",
      errors: [{ field: 'volume_tonnes', message: 'must be greater than 0' }],
    });
  });

  describe('header', () => {
    it('accepts exactly the columns of docs/csv-contract.md', () => {
      expect(shipmentCsvHeaderProblem([...SHIPMENT_CSV_COLUMNS])).toBeUndefined();
    });
    it('names the first wrong column', () => {
      const cells: string[] = [...SHIPMENT_CSV_COLUMNS];
      cells[2] = 'origin';
      expect(shipmentCsvHeaderProblem(cells)).toMatch(
        /line 1 must be the header "reference,commodity,.*notes,destination_country,price_basis,chokepoints".*column 3 is "origin" where origin_country was expected/,
      );
    });
    it('names a missing column and an extra one', () => {
      expect(shipmentCsvHeaderProblem(SHIPMENT_CSV_COLUMNS.slice(0, 17))).toMatch(
        /column 18 \(notes\) is missing/,
      );
      expect(shipmentCsvHeaderProblem([...SHIPMENT_CSV_COLUMNS, 'extra'])).toMatch(
        /it has 22 columns, 21 expected/,
      );
    });
    it('accepts the header of files written before destination_country (18 columns)', () => {
      expect(shipmentCsvHeaderProblem(SHIPMENT_CSV_COLUMNS.slice(0, 18))).toBeUndefined();
      expect(SHIPMENT_CSV_COLUMNS[18]).toBe('destination_country');
    });
    it('reads an 18-cell line of an old file with no importing country (the server derives it)', () => {
      const cells = shipmentToCsvCells(stored).slice(0, 18);
      const parsed = parseShipmentCsvLine(cells);
      expect(parsed.errors).toEqual([]);
      expect(parsed.shipment?.destinationCountry).toBeNull();
    });
    it('accepts the header of files written before price_basis (19 columns) and reads their lines as unknown basis', () => {
      expect(shipmentCsvHeaderProblem(SHIPMENT_CSV_COLUMNS.slice(0, 19))).toBeUndefined();
      expect(SHIPMENT_CSV_COLUMNS[19]).toBe('price_basis');
      const parsed = parseShipmentCsvLine(shipmentToCsvCells(stored).slice(0, 19));
      expect(parsed.errors).toEqual([]);
      expect(parsed.shipment?.priceBasis).toBeNull();
    });
    it('reads a price_basis and refuses one outside FOB, CFR, CIF, DES, unknown, naming the column', () => {
      expect(parseShipmentCsvLine(shipmentToCsvCells(stored)).shipment?.priceBasis).toBe('CIF');
      expect(parseShipmentCsvLine(shipmentToCsvCells({ ...stored, price_basis: 'EXW' })).errors).toEqual([
        {
          field: 'price_basis',
          message: 'unknown price basis "EXW"; expected one of FOB, CFR, CIF, DES, unknown',
        },
      ]);
    });
    it('rejects a destination_country the discharge port contradicts, naming both columns', () => {
      const cells = shipmentToCsvCells({ ...stored, destination_country: 'IN' });
      expect(parseShipmentCsvLine(cells).errors.map((error) => error.field)).toEqual([
        'discharge_port',
        'destination_country',
      ]);
    });
  });
});
