import '@testing-library/jest-dom';
import { conversionFactors } from '@tradeflow/domain';
import { render, screen } from '@testing-library/react';
import { FactorsNote, factorsSummary } from './factors-note';

describe('conversion factors note', () => {
  it('names the one factor of a single commodity, else points to the list', () => {
    const crude = {
      factors: conversionFactors(['crude_oil']),
      apiGravityOverrides: { shipments: 0, tonnes: 0, barrels: 0 },
      apiGravityFormula: 'f',
    };
    expect(factorsSummary(crude)).toBe('7.33 bbl/t (crude oil)');
    const all = {
      ...crude,
      factors: conversionFactors(),
      apiGravityOverrides: { shipments: 2, tonnes: 90000, barrels: 680000 },
    };
    expect(factorsSummary(all)).toBe('bbl/t factors · 2 by API gravity');
  });

  it('lists every factor with its published source and the cargoes that used their own gravity', () => {
    render(
      <FactorsNote
        conversions={{
          factors: conversionFactors(['crude_oil', 'lpg']),
          apiGravityOverrides: { shipments: 1, tonnes: 50000, barrels: 372500 },
          apiGravityFormula: 'bbl/t = 1 / (0.158987 x SG), SG = 141.5 / (131.5 + API)',
        }}
      />,
    );
    expect(screen.getByText('11.60 bbl/t')).toBeInTheDocument();
    expect(screen.getAllByText(/bp Statistical Review of World Energy/)).toHaveLength(2);
    expect(
      screen.getByText(/1 crude cargo \(50,000 t = 372,500 bbl\) used their own API gravity/),
    ).toBeInTheDocument();
  });
});
