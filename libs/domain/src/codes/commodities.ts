export type CommodityCode = 'crude_oil' | 'lpg' | 'diesel' | 'gasoline' | 'fuel_oil' | 'jet_fuel';

export interface Commodity {
  code: CommodityCode;
  name: string;
  /** Harmonized System subheading(s) the commodity is declared under. */
  hsCode: string;
  barrelsPerTonne: number;
  factorSource: string;
}

const BP_CONVERSION_FACTORS =
  'bp Statistical Review of World Energy, "Approximate conversion factors" (updated July 2021)';

export const COMMODITIES: readonly Commodity[] = [
  {
    code: 'crude_oil',
    name: 'Crude oil',
    hsCode: '2709',
    barrelsPerTonne: 7.33,
    factorSource: `${BP_CONVERSION_FACTORS}, crude oil: tonnes to barrels 7.33 (worldwide average gravity)`,
  },
  {
    code: 'lpg',
    name: 'Liquefied petroleum gas',
    hsCode: '2711.12/2711.13',
    barrelsPerTonne: 11.6,
    factorSource: `${BP_CONVERSION_FACTORS}, products: LPG tonnes to barrels 11.600`,
  },
  {
    code: 'diesel',
    name: 'Diesel / gas oil',
    hsCode: '2710.19',
    barrelsPerTonne: 7.46,
    factorSource: `${BP_CONVERSION_FACTORS}, products: gas oil/diesel tonnes to barrels 7.460`,
  },
  {
    code: 'gasoline',
    name: 'Gasoline',
    hsCode: '2710.12',
    barrelsPerTonne: 8.35,
    factorSource: `${BP_CONVERSION_FACTORS}, products: gasoline tonnes to barrels 8.350`,
  },
  {
    code: 'fuel_oil',
    name: 'Fuel oil',
    hsCode: '2710.19',
    barrelsPerTonne: 6.35,
    factorSource: `${BP_CONVERSION_FACTORS}, products: residual fuel oil tonnes to barrels 6.350`,
  },
  {
    code: 'jet_fuel',
    name: 'Jet fuel / kerosene',
    hsCode: '2710.19',
    barrelsPerTonne: 7.88,
    factorSource: `${BP_CONVERSION_FACTORS}, products: kerosene tonnes to barrels 7.880`,
  },
];

const byCode = new Map(COMMODITIES.map((c) => [c.code as string, c]));

export function isCommodityCode(code: string): code is CommodityCode {
  return byCode.has(code);
}

export function barrelsPerTonne(code: CommodityCode): number {
  const commodity = byCode.get(code);
  if (!commodity) throw new RangeError(`unknown commodity "${code}"`);
  return commodity.barrelsPerTonne;
}
