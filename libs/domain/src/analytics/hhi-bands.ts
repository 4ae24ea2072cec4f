export type HhiBandSet = '2010' | '2023';

export type HhiBand = 'unconcentrated' | 'moderate' | 'high';

export interface HhiBandThresholds {
  /** HHI below this is unconcentrated. */
  moderateFrom: number;
  /** HHI above this is highly concentrated; between the two (inclusive) is moderate. */
  highAbove: number;
  source: string;
}

export const HHI_BAND_THRESHOLDS: Readonly<Record<HhiBandSet, HhiBandThresholds>> = {
  '2010': {
    moderateFrom: 1500,
    highAbove: 2500,
    source: 'US DOJ/FTC Horizontal Merger Guidelines (2010), section 5.3',
  },
  '2023': {
    moderateFrom: 1000,
    highAbove: 1800,
    // The 2023 guidelines name only the "highly concentrated" level; the moderate band below it is
    // the one the 1992/1997 guidelines drew with the same 1,800 upper bound.
    source:
      'US DOJ/FTC Merger Guidelines (2023), section 2.1: HHI above 1,800 is highly concentrated; ' +
      'moderate from 1,000 as in the 1992 Horizontal Merger Guidelines (rev. 1997), section 1.51',
  },
};

/** Concentration band of an HHI (0..10,000); the 2023 set by default, as the guidelines in force. */
export function hhiBand(hhi: number, set: HhiBandSet = '2023'): HhiBand {
  const { moderateFrom, highAbove } = HHI_BAND_THRESHOLDS[set];
  if (hhi < moderateFrom) return 'unconcentrated';
  return hhi > highAbove ? 'high' : 'moderate';
}
