import { filtersInWords } from './filters-in-words';
import { fileNameSlug, reportFileName } from './report-file-name';

describe('filters in words', () => {
  it('reads a Russian crude report paid in yuan as people say it', () => {
    expect(filtersInWords({ commodity: ['crude_oil'], origin: ['RU'], currency: ['CNY'] })).toBe(
      'crude oil from Russia, paid in CNY',
    );
  });

  it('says "all shipments" without filters', () => {
    expect(filtersInWords(undefined)).toBe('all shipments');
    expect(filtersInWords({})).toBe('all shipments');
  });

  it('joins several codes with "or" and names modes, statuses, ports and regions', () => {
    expect(
      filtersInWords({
        commodity: ['crude_oil', 'lpg'],
        origin: ['SA', 'AE', 'GCC'],
        mode: ['sea'],
        status: ['in_transit'],
        dischargePort: ['PKKHI'],
      }),
    ).toBe(
      'crude oil or liquefied petroleum gas (in transit) from Saudi Arabia, United Arab Emirates or Gulf Cooperation Council by sea, discharged at Karachi',
    );
  });

  it('keeps a filter it has no words for, by name', () => {
    expect(filtersInWords({ origin: ['RU'], tanker: ['VLCC'] } as never)).toBe(
      'shipments from Russia, tanker VLCC',
    );
  });

  it('names the importing country', () => {
    expect(filtersInWords({ commodity: ['crude_oil'], origin: ['RU'], destination: ['PK'] })).toBe(
      'crude oil from Russia to Pakistan',
    );
  });
});

describe('report file names', () => {
  it('carry the report name and the window in safe characters', () => {
    expect(reportFileName('Russian crude by origin', { from: '2023-07-01', to: '2024-06-30' }, 'csv')).toBe(
      'russian-crude-by-origin_2023-07-01_2024-06-30.csv',
    );
    expect(reportFileName('GCC share below 60%', { from: '2022-07-01', to: '2027-06-30' }, 'xlsx')).toBe(
      'gcc-share-below-60-pct_2022-07-01_2027-06-30.xlsx',
    );
  });

  it('fall back to "report" for a name without Latin letters or digits', () => {
    expect(fileNameSlug('کراچی')).toBe('report');
    expect(reportFileName('کراچی', {}, 'csv')).toBe('report_all_all.csv');
  });
});
