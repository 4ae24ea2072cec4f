import { rateTableFormat } from './units';

describe('rate tables', () => {
  it('write every kb/d figure of a table with the same decimals: 0.904 next to 1.001, not 1.00', () => {
    const format = rateTableFormat([0.903699, 1.001366, 0], 'kbd');
    expect([0.903699, 1.001366, 0].map(format)).toEqual(['0.904', '1.001', '0.000']);
  });

  it('keep whole numbers for large rates and 1 decimal for b/d below 1,000', () => {
    expect([245.4, 1200].map(rateTableFormat([245.4, 1200], 'kbd'))).toEqual(['245', '1,200']);
    expect([903.699, 100000].map(rateTableFormat([903.699, 100000], 'bpd'))).toEqual(['903.7', '100,000.0']);
    expect([45000.5].map(rateTableFormat([45000.5], 't'))).toEqual(['45,001']);
  });
});
