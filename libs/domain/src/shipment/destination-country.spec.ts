import { DEFAULT_HOME_COUNTRY, portCountry, resolveDestinationCountry } from './destination-country';
import { validateShipmentInput } from './validate-shipment';

const indianCargo = {
  reference: 'IN-SA-2024-0001',
  commodity: 'crude_oil',
  originCountry: 'SA',
  dischargePort: 'INSIK',
  transportMode: 'sea',
  volumeTonnes: 260000,
  arrivalDate: '2024-03-02',
};

describe('the importing country of a shipment', () => {
  it('is the one given', () => {
    expect(resolveDestinationCountry({ destinationCountry: 'IN', dischargePort: null }, 'PK')).toBe('IN');
  });

  it("is the discharge port's country when none is given", () => {
    expect(portCountry('INSIK')).toBe('IN');
    expect(resolveDestinationCountry({ dischargePort: 'INSIK' }, 'PK')).toBe('IN');
  });

  it('is the home country when neither a country nor a discharge port is given', () => {
    expect(resolveDestinationCountry({ destinationCountry: null, dischargePort: null }, 'IN')).toBe('IN');
    expect(DEFAULT_HOME_COUNTRY).toBe('PK');
  });

  it('accepts a given country that matches the discharge port', () => {
    expect(validateShipmentInput({ ...indianCargo, destinationCountry: 'IN' })).toEqual([]);
  });

  it('rejects a discharge port in another country, naming both fields', () => {
    expect(validateShipmentInput({ ...indianCargo, destinationCountry: 'PK' })).toEqual([
      { field: 'destinationCountry', message: 'is PK, but dischargePort INSIK is in IN' },
      { field: 'dischargePort', message: 'INSIK is in IN, not in destinationCountry PK' },
    ]);
  });

  it('rejects an unknown country code with a hint at upper case', () => {
    expect(validateShipmentInput({ ...indianCargo, destinationCountry: 'XX' })).toEqual([
      { field: 'destinationCountry', message: 'unknown ISO 3166-1 alpha-2 country code "XX"' },
    ]);
    expect(validateShipmentInput({ ...indianCargo, destinationCountry: 'in' })[0]?.message).toMatch(
      /codes are upper case \(IN\)/,
    );
  });

  it('checks a patch against the port only when the patch carries both', () => {
    expect(validateShipmentInput({ destinationCountry: 'PK' }, { partial: true })).toEqual([]);
    expect(
      validateShipmentInput({ destinationCountry: 'PK', dischargePort: 'INSIK' }, { partial: true }),
    ).toHaveLength(2);
  });
});
