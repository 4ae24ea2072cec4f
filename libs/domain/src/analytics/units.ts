import { barrelsPerTonne, type CommodityCode } from '../codes/commodities';

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
