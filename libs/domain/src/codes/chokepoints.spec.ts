import {
  CHOKEPOINT_CODES,
  chokepointsBetween,
  chokepointsPassed,
  chokepointsProblem,
  deriveChokepoints,
  SEA_AREA_BY_COUNTRY,
  SEA_AREA_BY_PORT,
  SEA_AREAS,
  SEA_LANES,
  seaAreaOfTransferPoint,
} from './chokepoints';
import { isCountryCode } from './countries';
import { PORTS } from './ports';

const sea = { transportMode: 'sea' };

describe('sea-lane table: known routes', () => {
  it('Ras Tanura -> Karachi passes the Strait of Hormuz only', () => {
    expect(
      deriveChokepoints({ ...sea, originCountry: 'SA', loadPort: 'SARTA', dischargePort: 'PKKHI' }),
    ).toEqual(['hormuz']);
  });

  it('Ust-Luga -> Karachi passes the Danish Straits, Suez and Bab el-Mandeb, with or without the ship-to-ship transfer off Oman', () => {
    const route = { ...sea, originCountry: 'RU', loadPort: 'RUULU', dischargePort: 'PKKHI' };
    const expected = ['bab_el_mandeb', 'suez', 'danish_straits'];
    expect(deriveChokepoints(route)).toEqual(expected);
    expect(deriveChokepoints({ ...route, stsTransferPoint: 'off Sohar, Oman' })).toEqual(expected);
  });

  it('Houston -> the Hub SPM (Pakistan, a port code the table does not know) takes the shorter lane through Suez and Bab el-Mandeb', () => {
    // Via Suez: 6,400 + 800 + 2,300 nm; round the Cape: 12,100 nm.
    expect(
      deriveChokepoints({ ...sea, originCountry: 'US', loadPort: 'USHOU', dischargePort: 'PKHUB' }),
    ).toEqual(['bab_el_mandeb', 'suez']);
  });

  it('the override wins over the table, and an empty override means none', () => {
    const route = { ...sea, originCountry: 'US', loadPort: 'USHOU', dischargePort: 'PKKHI' };
    expect(chokepointsPassed({ ...route, chokepoints: ['cape_of_good_hope'] })).toEqual([
      'cape_of_good_hope',
    ]);
    expect(chokepointsPassed({ ...route, chokepoints: [] })).toEqual([]);
    expect(chokepointsPassed({ ...route, chokepoints: null })).toEqual(['bab_el_mandeb', 'suez']);
  });

  it('Fujairah, on the Gulf of Oman, passes no chokepoint to Karachi; Jebel Ali, inside the Gulf, passes Hormuz', () => {
    expect(
      deriveChokepoints({ ...sea, originCountry: 'AE', loadPort: 'AEFJR', dischargePort: 'PKKHI' }),
    ).toEqual([]);
    expect(
      deriveChokepoints({ ...sea, originCountry: 'AE', loadPort: 'AEJEA', dischargePort: 'PKKHI' }),
    ).toEqual(['hormuz']);
  });

  it('Novorossiysk -> Sikka passes the Turkish Straits, Suez and Bab el-Mandeb; Vladivostok -> Karachi passes Malacca', () => {
    expect(
      deriveChokepoints({ ...sea, originCountry: 'RU', loadPort: 'RUNVS', dischargePort: 'INSIK' }),
    ).toEqual(['bab_el_mandeb', 'suez', 'turkish_straits']);
    expect(
      deriveChokepoints({ ...sea, originCountry: 'RU', loadPort: 'RUVVO', dischargePort: 'PKKHI' }),
    ).toEqual(['malacca']);
  });

  it('without ports the origin country and the importing country stand for the two ends', () => {
    expect(deriveChokepoints({ ...sea, originCountry: 'KW', destinationCountry: 'PK' })).toEqual(['hormuz']);
    expect(deriveChokepoints({ ...sea, originCountry: 'NG', destinationCountry: 'PK' })).toEqual([
      'cape_of_good_hope',
    ]);
    expect(deriveChokepoints({ ...sea, originCountry: 'EC', destinationCountry: 'US' })).toEqual(['panama']);
  });

  it('road, rail and pipeline pass none, and so does a sea route with an end the table does not know', () => {
    expect(
      deriveChokepoints({ transportMode: 'road', originCountry: 'SA', destinationCountry: 'PK' }),
    ).toEqual([]);
    expect(deriveChokepoints({ ...sea, originCountry: 'AU', destinationCountry: 'PK' })).toEqual([]);
  });
});

describe('sea-lane table data', () => {
  it('names only known countries, areas and chokepoints, and every area reaches every other', () => {
    expect(Object.keys(SEA_AREA_BY_COUNTRY).filter((code) => !isCountryCode(code))).toEqual([]);
    const known = new Set(PORTS.map((port) => port.code));
    expect(Object.keys(SEA_AREA_BY_PORT).filter((code) => !known.has(code))).toEqual([]);
    for (const [a, b, , chokepoint] of SEA_LANES) {
      expect(SEA_AREAS).toContain(a);
      expect(SEA_AREAS).toContain(b);
      if (chokepoint) expect(CHOKEPOINT_CODES).toContain(chokepoint);
    }
    // Unreachable areas answer []; reaching Hormuz from every area outside the Gulf proves the graph is connected.
    for (const area of SEA_AREAS.filter((a) => a !== 'persian_gulf')) {
      expect(chokepointsBetween(area, 'persian_gulf')).toContain('hormuz');
    }
  });

  it('a transfer point is read as a UN/LOCODE or as a country name in free text', () => {
    expect(seaAreaOfTransferPoint('AEFJR')).toBe('indian_ocean');
    expect(seaAreaOfTransferPoint('off Sohar, Oman')).toBe('indian_ocean');
    expect(seaAreaOfTransferPoint('somewhere at sea')).toBeUndefined();
  });
});

describe('chokepoints override validation', () => {
  it('refuses an unknown code, a repeated code and a non-array, naming the problem', () => {
    expect(chokepointsProblem(['hormuz', 'gibraltar'])).toMatch(/unknown chokepoint code "gibraltar"/);
    expect(chokepointsProblem(['suez', 'suez'])).toMatch(/more than once/);
    expect(chokepointsProblem('hormuz')).toMatch(/must be an array/);
    expect(chokepointsProblem(['cape_of_good_hope'])).toBeUndefined();
  });
});
