import { countryName } from '../codes/countries';

const VIA = ' via ';
const HOP_SEPARATOR = '|';

/** Group key of a route: the mode, then the transit countries in travel order ('road via UZ|AF'). */
export function routeKey(mode: string, transitCountries: readonly string[]): string {
  return transitCountries.length === 0 ? mode : `${mode}${VIA}${transitCountries.join(HOP_SEPARATOR)}`;
}

/** Human label of a route key: 'Road via Uzbekistan → Afghanistan'; unknown codes stay as codes. */
export function routeLabel(key: string): string {
  const viaAt = key.indexOf(VIA);
  const mode = viaAt === -1 ? key : key.slice(0, viaAt);
  const modeLabel = mode.charAt(0).toUpperCase() + mode.slice(1);
  if (viaAt === -1) return modeLabel;
  const hops = key
    .slice(viaAt + VIA.length)
    .split(HOP_SEPARATOR)
    .map((code) => countryName(code) ?? code);
  return `${modeLabel} via ${hops.join(' → ')}`;
}
