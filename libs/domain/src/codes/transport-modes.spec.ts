import { isTransportMode, TRANSPORT_MODES } from './transport-modes';

describe('transport modes', () => {
  it('are sea, road, rail and pipeline, in lower case only', () => {
    expect(TRANSPORT_MODES).toEqual(['sea', 'road', 'rail', 'pipeline']);
    expect(isTransportMode('road')).toBe(true);
    expect(isTransportMode('Road')).toBe(false);
    expect(isTransportMode('air')).toBe(false);
  });
});
