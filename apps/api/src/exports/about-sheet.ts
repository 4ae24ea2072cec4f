import type { ConversionFactor, DateRange } from '@tradeflow/domain';

export interface AboutInput {
  /** What the rows are, with the filters in words. */
  contents: string;
  range: DateRange;
  units: string;
  factors: readonly ConversionFactor[];
  createdAt?: Date;
}

/** The label/text lines of a workbook's "About" sheet. */
export function aboutEntries({
  contents,
  range,
  units,
  factors,
  createdAt = new Date(),
}: AboutInput): Array<[string, string]> {
  return [
    ['Contents', contents],
    ['Arrival dates', `${range.from ?? 'the first arrival'} to ${range.to ?? 'the latest arrival'}`],
    ['Units', units],
    ...factors.map((factor): [string, string] => [
      `Barrels per tonne, ${factor.name.toLowerCase()}`,
      `${factor.barrelsPerTonne} (${factor.source})`,
    ]),
    ['Created', createdAt.toISOString()],
  ];
}
