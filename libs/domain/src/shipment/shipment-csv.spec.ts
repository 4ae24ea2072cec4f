import type { ShipmentInput } from './shipment';
import { csvColumnToField, fieldToCsvColumn, SHIPMENT_CSV_COLUMNS } from './shipment-csv';
import { SHIPMENT_FIELDS, type ShipmentField, type ShipmentJsonOnlyField } from './shipment-fields';

const snakeToCamel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

describe('shipment CSV columns', () => {
  it('are the columns of docs/csv-contract.md, in its order (destination_country, price_basis, then chokepoints, last)', () => {
    expect(SHIPMENT_CSV_COLUMNS.join(',')).toBe(
      'reference,commodity,origin_country,load_port,discharge_port,transport_mode,transit_countries,' +
        'volume_tonnes,value_amount,payment_currency,contract_date,departure_date,arrival_date,' +
        'vessel_name,vessel_imo,importer,status,notes,destination_country,price_basis,chokepoints',
    );
  });

  it('map to the camelCase shipment fields and back', () => {
    for (const column of SHIPMENT_CSV_COLUMNS) {
      const field = csvColumnToField[column];
      expect(field).toBe(snakeToCamel(column));
      expect(fieldToCsvColumn[field]).toBe(column);
    }
    expect(SHIPMENT_FIELDS.map((f) => fieldToCsvColumn[f])).toEqual([...SHIPMENT_CSV_COLUMNS]);
  });

  it('cover every ShipmentInput field but the JSON-only ones', () => {
    // Fails to compile if ShipmentInput gains a field that neither list names.
    const allListed: [Exclude<keyof ShipmentInput, ShipmentField | ShipmentJsonOnlyField>] extends [never]
      ? true
      : false = true;
    expect(allListed).toBe(true);
    expect(SHIPMENT_FIELDS).toHaveLength(21);
  });
});
