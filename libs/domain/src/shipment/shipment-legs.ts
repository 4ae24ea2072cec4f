import { isCountryCode } from '../codes/countries';
import { isTransportMode, TRANSPORT_MODES } from '../codes/transport-modes';
import type { ShipmentLeg } from './shipment';

export const MAX_LEGS = 10;
const MAX_VIA = 10;
const LEG_KEYS = new Set(['mode', 'from', 'to', 'via']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function countryProblem(value: unknown, where: string): string | undefined {
  if (typeof value !== 'string') return `${where} must be an ISO 3166-1 alpha-2 country code`;
  return isCountryCode(value)
    ? undefined
    : `${where}: unknown ISO 3166-1 alpha-2 country code ${JSON.stringify(value)}`;
}

/**
 * Why `value` is not a valid list of legs, or undefined: up to 10 legs ([] is the same as null), each `{ mode, from, to, via? }`
 * with a known mode and ISO country codes, each starting in the country the one before ended in.
 * (That the last mode is the shipment's transportMode is checked with the whole shipment.)
 */
export function legsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'must be an array of legs { mode, from, to, via? }';
  if (value.length > MAX_LEGS) return `must hold at most ${MAX_LEGS} legs`;
  for (const [index, leg] of value.entries()) {
    const where = `leg ${index + 1}`;
    if (!isPlainObject(leg)) return `${where} must be an object { mode, from, to, via? }`;
    const unknown = Object.keys(leg).filter((key) => !LEG_KEYS.has(key));
    if (unknown.length)
      return `${where} has unknown field ${unknown.map((key) => JSON.stringify(key)).join(', ')}`;
    if (typeof leg['mode'] !== 'string' || !isTransportMode(leg['mode'])) {
      return `${where}: mode must be one of ${TRANSPORT_MODES.join(', ')}`;
    }
    const problem = countryProblem(leg['from'], `${where} from`) ?? countryProblem(leg['to'], `${where} to`);
    if (problem) return problem;
    if (leg['from'] === leg['to']) return `${where} starts and ends in ${String(leg['to'])}`;
    const via = leg['via'];
    if (via !== undefined && via !== null) {
      if (!Array.isArray(via)) return `${where} via must be an array of ISO country codes`;
      if (via.length > MAX_VIA) return `${where} via lists at most ${MAX_VIA} countries`;
      for (const country of via) {
        const viaProblem = countryProblem(country, `${where} via`);
        if (viaProblem) return viaProblem;
      }
    }
    const previous = index > 0 ? (value[index - 1] as Record<string, unknown>) : undefined;
    if (previous && previous['to'] !== leg['from']) {
      return `legs must be contiguous: leg ${index + 1} starts in ${String(leg['from'])} but leg ${index} ended in ${String(previous['to'])}`;
    }
  }
  return undefined;
}

/** The stored form of valid legs: keys in a fixed order, `via` only when it lists a country. */
export function canonicalLegs(legs: readonly ShipmentLeg[] | null | undefined): ShipmentLeg[] | null {
  if (!legs || legs.length === 0) return null;
  return legs.map(({ mode, from, to, via }) =>
    via?.length ? { mode, from, to, via: [...via] } : { mode, from, to },
  );
}
