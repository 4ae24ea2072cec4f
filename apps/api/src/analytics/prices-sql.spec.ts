import { pricesSql, type PricesSqlQuery } from './prices-sql';

describe('the landed-price planner', () => {
  const query = (filters: PricesSqlQuery['filters'], match: PricesSqlQuery['match'] = 'arrival') =>
    pricesSql({ filters, benchmark: 'BRENT', match, granularity: 'month', fiscalYearStartMonth: 7 }).sql;

  it('reads whole months from the prices aggregate when the filters are among its columns', () => {
    const sql = query({ destination: ['PK'], commodity: ['crude_oil'], origin: ['RU'] });
    expect(sql).toContain('FROM shipment_monthly_prices s');
    expect(sql).not.toContain('shipment_monthly_rollup');
  });

  it('reads the rollup for a filter the prices aggregate lacks, and the shipments for loading months', () => {
    expect(query({ currency: ['CNY'] })).toContain('FROM shipment_monthly_rollup s');
    expect(query({ route: ['sea'] })).toContain('FROM shipment_monthly_rollup s');
    const loading = query({}, 'loading');
    expect(loading).toContain('FROM shipments s');
    expect(loading).not.toContain('shipment_monthly_prices');
  });
});
