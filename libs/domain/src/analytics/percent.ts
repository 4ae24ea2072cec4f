/**
 * The one rounding rule for percentages on screen: the exact share (0..1) the API answers, times 100,
 * rounded once to `digits` decimals, half away from zero. 0.99547 -> 99.5 whatever page shows it;
 * rounding an already rounded share again (0.99547 -> 0.9955 -> 99.6) is what this replaces.
 */
export function sharePercent(share: number, digits = 1): number {
  // toPrecision(12) first drops the binary noise of the multiplication (0.995 * 100 = 99.49999...).
  const percent = Number((share * 100).toPrecision(12));
  const factor = 10 ** digits;
  const rounded = (Math.sign(percent) * Math.round(Math.abs(percent) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}
