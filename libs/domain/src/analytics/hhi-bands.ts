export type HhiBandSet = '2010' | '2023';

export type HhiBand = 'unconcentrated' | 'moderate' | 'high';

export const HHI_BAND_SETS = ['2023', '2010'] as const satisfies readonly HhiBandSet[];

export interface HhiBandThresholds {
  /** HHI below this is unconcentrated. */
  moderateFrom: number;
  /** HHI above this is highly concentrated; between the two (inclusive) is moderate. */
  highAbove: number;
  /** A rise of more than this many points is significant (both sets use 100). */
  significantChange: number;
  source: string;
}

export const HHI_BAND_THRESHOLDS: Readonly<Record<HhiBandSet, HhiBandThresholds>> = {
  '2010': {
    moderateFrom: 1500,
    highAbove: 2500,
    significantChange: 100,
    source:
      'US DOJ/FTC Horizontal Merger Guidelines (2010), section 5.3: unconcentrated below 1,500, highly ' +
      'concentrated above 2,500; an increase of more than 100 points potentially raises significant concerns',
  },
  '2023': {
    moderateFrom: 1000,
    highAbove: 1800,
    significantChange: 100,
    // The 2023 guidelines name only the "highly concentrated" level; the moderate band below it is
    // the one the 1992/1997 guidelines drew with the same 1,800 upper bound.
    source:
      'US DOJ/FTC Merger Guidelines (2023), section 2.1: HHI above 1,800 is highly concentrated and a ' +
      'change of more than 100 points is significant; ' +
      'moderate from 1,000 as in the 1992 Horizontal Merger Guidelines (rev. 1997), section 1.51',
  },
};

/** Concentration band of an HHI (0..10,000); the 2023 set by default, as the guidelines in force. */
export function hhiBand(hhi: number, set: HhiBandSet = '2023'): HhiBand {
  return hhiBandUnder(hhi, HHI_BAND_THRESHOLDS[set]);
}

/** Concentration band of an HHI under thresholds as an answer gives them (`bands.thresholds`). */
export function hhiBandUnder(
  hhi: number,
  { moderateFrom, highAbove }: Pick<HhiBandThresholds, 'moderateFrom' | 'highAbove'>,
): HhiBand {
  if (hhi < moderateFrom) return 'unconcentrated';
  return hhi > highAbove ? 'high' : 'moderate';
}

/** The bands as answers name them: set, thresholds and source. */
export function hhiBandsInfo(set: HhiBandSet): {
  set: HhiBandSet;
  thresholds: { moderateFrom: number; highAbove: number; significantChange: number };
  source: string;
} {
  const { moderateFrom, highAbove, significantChange, source } = HHI_BAND_THRESHOLDS[set];
  return { set, thresholds: { moderateFrom, highAbove, significantChange }, source };
}

/** Whether a change of the HHI is a significant rise under the set (more than 100 points). */
export function isSignificantRise(change: number, set: HhiBandSet = '2023'): boolean {
  return change > HHI_BAND_THRESHOLDS[set].significantChange;
}
