import { parseShipmentCsvLine, shipmentCsvHeaderProblem } from './shipment-csv-codec';
import { SHIPMENT_CSV_TEMPLATE } from './shipment-csv-template';

describe('the shipment CSV template', () => {
  it('has the import header and an example line the importer accepts', () => {
    const [header = '', example = '', rest] = SHIPMENT_CSV_TEMPLATE.split('\r\n');
    expect(shipmentCsvHeaderProblem(header.split(','))).toBeUndefined();
    const parsed = parseShipmentCsvLine(example.split(','));
    expect(parsed.errors).toEqual([]);
    expect(parsed.shipment).toMatchObject({ reference: 'PK-RU-CRUDE-2023-003', volumeTonnes: 45142.5 });
    expect(rest).toBe('');
  });
});
