import { validateShipmentSourceInput } from './validate-source';

describe('a shipment source', () => {
  it('accepts a port report with a conflicting volume, and an article by URL', () => {
    expect(
      validateShipmentSourceInput({
        documentName: 'Discharge report, Karachi',
        publisher: 'Karachi Port Trust',
        publishedDate: '2023-06-13',
        volumeTonnes: 45142,
        note: 'Illustrative',
      }),
    ).toEqual([]);
    expect(validateShipmentSourceInput({ url: 'https://example.org/news/1', volumeTonnes: 45000 })).toEqual(
      [],
    );
  });

  it.each([
    [{ publisher: 'x' }, 'url', 'a source needs a url or a documentName'],
    [{ url: 'javascript:alert(1)' }, 'url', 'must be an http or https URL'],
    [{ url: 'not a url' }, 'url', 'must be an absolute http or https URL'],
    [{ url: 'https://a.b', volumeTonnes: 0 }, 'volumeTonnes', 'must be greater than 0'],
    [{ url: 'https://a.b', volumeTonnes: 1.0001 }, 'volumeTonnes', 'must have at most 3 decimal places'],
    [
      { url: 'https://a.b', publishedDate: '2023-02-30' },
      'publishedDate',
      'must be a real date as YYYY-MM-DD',
    ],
    [
      { url: 'https://a.b', valueAmount: 5 },
      'paymentCurrency',
      'valueAmount and paymentCurrency go together',
    ],
    [
      { url: 'https://a.b', paymentCurrency: 'XYZ', valueAmount: 1 },
      'paymentCurrency',
      'unknown ISO 4217 currency code',
    ],
    [{ url: 'https://a.b', isRecord: true }, 'isRecord', 'unknown field'],
    [{ documentName: 'd'.repeat(201) }, 'documentName', 'must be at most 200 characters'],
  ])('refuses %j naming %s', (input, field, message) => {
    expect(validateShipmentSourceInput(input)).toContainEqual({ field, message });
  });
});
