import { pricesSql, type PricesSqlQuery } from './prices-sql';

describe('the landed-price planner', () => {
  const query = (filters: PricesSqlQuery['filters'], match: PricesSqlQuery['match'] = 'arrival') =>
    pricesSql({ filters, benchmark: 'BRENT', match, granularity: 'month', fiscalYearStartMonth: 7 }).sql;

  it('reads whole months from the prices aggregate when the filters are among its columns', () => {
    const sql = query({ destination: ['PK'], commodity: ['crude_oil'], origin: ['RU'] });
    expect(sql).toContain('FROM shipment_monthly_prices s');
    expect(sql).not.toContain('shipment_monthly_rollup');
  });

  it('reads the by-origin prices when nothing but dates, importer and origin narrow the view', () => {
    const allImporters = query({ origin: ['RU'] });
    expect(allImporters).toContain('FROM shipment_monthly_prices_by_origin_total s');
    // One row per month and origin: nothing to sum before the grouping sets.
    expect(allImporters).not.toContain('GROUP BY 1, 2, 3');
    const oneImporter = query({ destination: ['PK'], origin: ['RU', 'US'] });
    expect(oneImporter).toContain('FROM shipment_monthly_prices_by_origin s');
    expect(oneImporter).not.toContain('GROUP BY 1, 2, 3');
    const twoImporters = query({ destination: ['PK', 'IN'] });
    expect(twoImporters).toContain('FROM shipment_monthly_prices_by_origin s');
    expect(twoImporters).toContain('GROUP BY 1, 2, 3');
    // A cut month adds shipments rows to the same (month, origin): summed again.
    expect(query({ from: '2023-01-15' })).toContain('GROUP BY 1, 2, 3');
    const byBasis = pricesSql({
      filters: { destination: ['PK'] },
      priceBasis: ['CIF'],
      benchmark: 'BRENT',
      match: 'arrival',
      granularity: 'month',
      fiscalYearStartMonth: 7,
    }).sql;
    expect(byBasis).toContain('FROM shipment_monthly_prices s');
  });

  it('reads the rollup for a filter the prices aggregate lacks', () => {
    expect(query({ currency: ['CNY'] })).toContain('FROM shipment_monthly_rollup s');
    expect(query({ route: ['sea'] })).toContain('FROM shipment_monthly_rollup s');
  });

  it('reads loading months from the loading-price aggregate, and the shipments for a filter it lacks', () => {
    const loading = query({ destination: ['PK'], currency: ['CNY'] }, 'loading');
    expect(loading).toContain('FROM shipment_monthly_loading_prices s');
    expect(loading).toContain('s.departure_month AS match_month');
    expect(loading).not.toContain('FROM shipments s');
    const cut = query({ from: '2023-01-15', to: '2023-12-31' }, 'loading');
    expect(cut).toContain('FROM shipment_monthly_loading_prices s');
    expect(cut).toContain("date_trunc('month', s.departure_date::timestamp)::date AS match_month");
    const byMode = query({ mode: ['sea'] }, 'loading');
    expect(byMode).toContain('FROM shipments s');
    expect(byMode).not.toContain('shipment_monthly_');
  });
});
