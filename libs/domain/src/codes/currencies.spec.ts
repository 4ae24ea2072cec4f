import { data as iso4217 } from 'currency-codes';
import { CURRENCIES, currencyName, isCurrencyCode } from './currencies';

describe('ISO 4217 currency table', () => {
  it('agrees with currency-codes on the name and minor units of every currency it lists', () => {
    for (const c of CURRENCIES) {
      const record = iso4217.find((r) => r.code === c.code);
      expect({ code: c.code, name: record?.currency, minorUnits: record?.digits }).toEqual(c);
    }
  });

  it('leaves out exactly the fund codes and the non-currency X-codes', () => {
    const ours = new Set(CURRENCIES.map((c) => c.code));
    const leftOut = iso4217.map((r) => r.code).filter((code) => !ours.has(code));
    expect(leftOut.sort()).toEqual(
      [
        ...['BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI'],
        ...['XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX'],
      ].sort(),
    );
  });

  it('knows the payment currencies of the story, and the regional CFA and East Caribbean currencies', () => {
    for (const code of ['USD', 'CNY', 'AED', 'SAR', 'RUB', 'PKR', 'KWD', 'XAF', 'XOF', 'XCD', 'XPF']) {
      expect(isCurrencyCode(code)).toBe(true);
    }
    expect(currencyName('CNY')).toBe('Yuan Renminbi');
    expect(currencyName('PKR')).toBe('Pakistan Rupee');
  });

  it('records minor units (yen 0, Kuwaiti dinar 3, dollar 2)', () => {
    const minor = (code: string) => CURRENCIES.find((c) => c.code === code)?.minorUnits;
    expect([minor('JPY'), minor('KWD'), minor('USD')]).toEqual([0, 3, 2]);
  });

  it('rejects gold, test codes, lower case and unknown codes', () => {
    for (const code of ['XAU', 'XTS', 'XXX', 'usd', 'ZZZ', 'US', ''])
      expect(isCurrencyCode(code)).toBe(false);
    expect(currencyName('ZZZ')).toBeUndefined();
  });
});
