import { isWellFormedLocode, PORTS, portName } from './ports';

describe('UN/LOCODE ports', () => {
  it('lists each known port once, with a well-formed code that starts with its country', () => {
    expect(new Set(PORTS.map((p) => p.code)).size).toBe(PORTS.length);
    for (const port of PORTS) {
      expect(isWellFormedLocode(port.code)).toBe(true);
      expect(port.code.slice(0, 2)).toBe(port.country);
    }
  });

  it("names Pakistan's discharge ports and the Russian load port of the first cargo", () => {
    expect(portName('PKKHI')).toBe('Karachi');
    expect(portName('PKBQM')).toMatch(/Qasim/);
    expect(portName('RUULU')).toBe('Ust-Luga');
  });

  it('has no name for an unknown but well-formed code, which is still accepted', () => {
    expect(portName('PKZZZ')).toBeUndefined();
    expect(isWellFormedLocode('PKZZZ')).toBe(true);
  });

  it.each([
    ['PKKH2', true],
    ['PKKH9', true],
    ['PKKH1', false], // digits 0 and 1 are never used, they look like O and I
    ['PKKH0', false],
    ['ZZKHI', false], // ZZ is no ISO country
    ['pkkhi', false],
    ['PKKHIX', false],
    ['PKKH', false],
    ['PK KHI', false],
    ['', false],
  ])('judges %p well-formed: %p', (code, expected) => {
    expect(isWellFormedLocode(code)).toBe(expected);
  });
});
