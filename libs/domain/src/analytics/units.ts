import { barrelsPerTonne, COMMODITIES, type CommodityCode } from '../codes/commodities';
import type { ConversionFactor } from '../contract/analytics-contract';

/** Volume of one oil barrel in cubic metres (42 US gallons, exactly). */
const CUBIC_METRES_PER_BARREL = 0.158987294928;

export function tonnesToBarrels(tonnes: number, commodity: CommodityCode): number {
  return tonnes * barrelsPerTonne(commodity);
}

/**
 * Barrels per tonne of a crude of the given API gravity: SG = 141.5 / (131.5 + API), and a tonne
 * fills 1 / SG cubic metres (taking water as 1 t/m3, which is within 0.1% of its 60 °F density).
 */
export function barrelsPerTonneFromApiGravity(api: number): number {
  const specificGravity = 141.5 / (131.5 + api);
  return 1 / (CUBIC_METRES_PER_BARREL * specificGravity);
}

/** Average flow per day over a period of `days` days (e.g. tonnes per day in a month bucket). */
export function flowRatePerDay(total: number, days: number): number {
  if (!(days > 0)) throw new RangeError(`a flow rate needs a positive number of days, got ${days}`);
  return total / days;
}

/** Decimals of a factor derived from an API gravity (the published factors have 2 to 3). */
const API_GRAVITY_FACTOR_DECIMALS = 4;

export const API_GRAVITY_FORMULA =
  'bbl/t = 1 / (0.158987 x SG), SG = 141.5 / (131.5 + API); 0.158987 m3 is one barrel, a tonne taken as 1 m3 of water';

/**
 * The factor a shipment's barrels are computed with: from its API gravity (crude), rounded to 4
 * decimals so that the factor shown is exactly the one applied, else the commodity's published one.
 */
export function shipmentBarrelsPerTonne(commodity: CommodityCode, apiGravity?: number | null): number {
  if (apiGravity === null || apiGravity === undefined) return barrelsPerTonne(commodity);
  const factor = barrelsPerTonneFromApiGravity(apiGravity);
  const scale = 10 ** API_GRAVITY_FACTOR_DECIMALS;
  return Math.round(factor * scale) / scale;
}

/** The published factors of these commodities (all of them when none is named), in table order. */
export function conversionFactors(commodities?: readonly string[]): ConversionFactor[] {
  const wanted = commodities?.length ? new Set(commodities) : undefined;
  return COMMODITIES.filter((c) => !wanted || wanted.has(c.code)).map((c) => ({
    commodity: c.code,
    name: c.name,
    barrelsPerTonne: c.barrelsPerTonne,
    source: c.factorSource,
  }));
}
