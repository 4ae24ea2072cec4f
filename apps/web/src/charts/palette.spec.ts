import { colourFor, fallbackColour, OTHER_COLOUR, OTHER_KEY, TOL_MUTED } from './palette';

describe('palette', () => {
  it('gives the main origins fixed, distinct colours', () => {
    const main = ['SA', 'AE', 'KW', 'RU', 'QA', 'OM', 'IQ'].map((code) => colourFor('origin', code));
    expect(new Set(main).size).toBe(main.length);
    expect(colourFor('origin', 'RU')).toBe('#D55E00');
  });

  it('gives any other key a stable colour from the fallback palette', () => {
    const colour = colourFor('origin', 'NO');
    expect(TOL_MUTED).toContain(colour);
    expect(colourFor('origin', 'NO')).toBe(colour);
    expect(fallbackColour('origin:NO')).toBe(colour);
  });

  it('paints "other" and unrecorded currencies grey', () => {
    expect(colourFor('origin', OTHER_KEY)).toBe(OTHER_COLOUR);
    expect(colourFor('currency', 'none')).toBe(OTHER_COLOUR);
  });

  it('colours plain routes like their mode', () => {
    expect(colourFor('route', 'sea')).toBe(colourFor('mode', 'sea'));
    expect(TOL_MUTED).toContain(colourFor('route', 'road via UZ|AF'));
  });
});
