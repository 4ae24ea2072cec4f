/**
 * Whether a number, read as its shortest round-trip decimal (String(n)), has at most `places`
 * digits after the point. So 0.1 + 0.2 (0.30000000000000004) has 17 places, not 1, and 1e-7 has 7.
 */
export function hasAtMostDecimals(n: number, places: number): boolean {
  if (!Number.isFinite(n)) return false;
  return decimalPlaces(n) <= places;
}

function decimalPlaces(n: number): number {
  const [mantissa, exponent = '0'] = String(n).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}
