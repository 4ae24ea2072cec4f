// Colour-blind-safe colours. Okabe & Ito (2008) "Color Universal Design" for the named keys; Paul
// Tol's "muted" scheme (personal.sron.nl/~pault) as the deterministic fallback for any other key.
// A country keeps its colour in every chart, table swatch and legend.
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export const TOL_MUTED = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
] as const;

/**
 * Paul Tol's "high contrast" blue and red, for measures rather than keys (HHI, remaining / at risk),
 * so they never look like a country's colour.
 */
/** `apart`: figures drawn beside the others but not comparable with them (Tol's dark yellow). */
export const MEASURE_COLOURS = { primary: '#004488', secondary: '#BB5566', apart: '#997700' } as const;

/** A significant rise of the HHI (more than 100 points): a dark red triangle on the HHI line. */
export const SIGNIFICANT_RISE_COLOUR = '#B42318';

/** "Other" (folded small series) and "not recorded": Tol's pale grey, darker for contrast on white. */
export const OTHER_COLOUR = '#A5A5A5';

export const OTHER_KEY = '__other__';

const ORIGIN_COLOURS: Readonly<Record<string, string>> = {
  SA: OKABE_ITO.blue,
  AE: OKABE_ITO.orange,
  KW: OKABE_ITO.bluishGreen,
  RU: OKABE_ITO.vermillion,
  QA: OKABE_ITO.reddishPurple,
  OM: OKABE_ITO.skyBlue,
  IQ: OKABE_ITO.yellow,
  US: TOL_MUTED[0],
  NG: TOL_MUTED[3],
  MY: TOL_MUTED[4],
  AZ: TOL_MUTED[6],
  IR: TOL_MUTED[7],
};

const CURRENCY_COLOURS: Readonly<Record<string, string>> = {
  USD: OKABE_ITO.blue,
  CNY: OKABE_ITO.vermillion,
  AED: OKABE_ITO.orange,
  SAR: OKABE_ITO.bluishGreen,
  RUB: OKABE_ITO.reddishPurple,
  PKR: OKABE_ITO.skyBlue,
  EUR: TOL_MUTED[0],
  none: OTHER_COLOUR,
};

const MODE_COLOURS: Readonly<Record<string, string>> = {
  sea: OKABE_ITO.blue,
  road: OKABE_ITO.orange,
  rail: OKABE_ITO.bluishGreen,
  pipeline: OKABE_ITO.reddishPurple,
};

export type ColourDimension = 'origin' | 'currency' | 'mode' | 'route' | 'commodity' | 'region';

/** FNV-1a, 32-bit: a stable hash of the key so a fallback colour never changes between visits. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function fallbackColour(key: string): string {
  return TOL_MUTED[stableHash(key) % TOL_MUTED.length] as string;
}

/** The colour of `key` (a country, currency, mode or route key) in every chart. */
export function colourFor(dimension: ColourDimension, key: string): string {
  if (key === OTHER_KEY) return OTHER_COLOUR;
  const fixed =
    dimension === 'origin'
      ? ORIGIN_COLOURS[key]
      : dimension === 'currency'
        ? CURRENCY_COLOURS[key]
        : dimension === 'mode'
          ? MODE_COLOURS[key]
          : dimension === 'route' && !key.includes(' ')
            ? MODE_COLOURS[key]
            : undefined;
  return fixed ?? fallbackColour(`${dimension}:${key}`);
}

/** The origins that have a fixed colour, most important first (also the first picks in menus). */
export const COMMON_ORIGINS = Object.keys(ORIGIN_COLOURS).slice(0, 7);
export const COMMON_CURRENCIES = ['USD', 'CNY', 'AED', 'SAR', 'RUB', 'PKR', 'EUR'];
