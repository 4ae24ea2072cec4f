// How the dashboard names the HHI bands it reads concentration against: always the set the API
// answered with (server setting HHI_BANDS), never thresholds of its own.
import { type HhiBand, type HhiBandsInfo, hhiBand, isSignificantRise } from '@tradeflow/domain';
import { formatInteger } from './numbers';

export const HHI_BAND_LABELS: Record<HhiBand, string> = {
  unconcentrated: 'Unconcentrated',
  moderate: 'Moderately concentrated',
  high: 'Highly concentrated',
};

export const HHI_BAND_SHORT: Record<HhiBand, string> = {
  unconcentrated: 'Low',
  moderate: 'Moderate',
  high: 'High',
};

/** '2023 US Merger Guidelines' or '2010 US Horizontal Merger Guidelines'. */
export function bandSetName(bands: Pick<HhiBandsInfo, 'set'>): string {
  return bands.set === '2010' ? '2010 US Horizontal Merger Guidelines' : '2023 US Merger Guidelines';
}

/** '2023 US guidelines': the set in a few words, for tiles. */
export function bandSetShortName(bands: Pick<HhiBandsInfo, 'set'>): string {
  return `${bands.set} US guidelines`;
}

/** 'high above 1,800' (the line the guidelines draw), for subtitles. */
export function bandHeadline(bands: HhiBandsInfo): string {
  return `high above ${formatInteger(bands.thresholds.highAbove)}`;
}

/** 'below 1,000 unconcentrated, 1,000–1,800 moderate, above 1,800 high; a rise of more than 100 is significant'. */
export function bandThresholdsText(bands: HhiBandsInfo): string {
  const { moderateFrom, highAbove, significantChange } = bands.thresholds;
  return (
    `below ${formatInteger(moderateFrom)} unconcentrated, ${formatInteger(moderateFrom)}\u2013` +
    `${formatInteger(highAbove)} moderate, above ${formatInteger(highAbove)} high; ` +
    `a rise of more than ${formatInteger(significantChange)} is significant`
  );
}

/** The band of an HHI under the set the API answered with (for figures the API does not band itself). */
export function bandUnder(hhi: number, bands: Pick<HhiBandsInfo, 'set'>): HhiBand {
  return hhiBand(hhi, bands.set);
}

/** A change of the HHI beyond the significant rise of the set the API answered with. */
export function isSignificantRiseUnder(change: number | null, bands: Pick<HhiBandsInfo, 'set'>): boolean {
  return change !== null && isSignificantRise(change, bands.set);
}
