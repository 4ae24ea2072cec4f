// The units the dashboard shows volumes in: totals (tonnes, barrels) and flow rates over a period's
// real number of days (tonnes per day, barrels per day, thousand barrels per day).
import type { TimeseriesMetric } from '@tradeflow/domain';
import {
  formatInteger,
  formatNumber,
  formatSignificant,
  formatVolume,
  formatVolumeShort,
  formatVolumeTick,
  type VolumeUnit,
} from './numbers';

export const DISPLAY_UNITS = ['t', 'bbl', 'tpd', 'bpd', 'kbd'] as const;
export type DisplayUnit = (typeof DISPLAY_UNITS)[number];

export const RATE_UNITS: readonly DisplayUnit[] = ['tpd', 'bpd', 'kbd'];

/** As written after a number: 't', 'bbl', 't/d', 'b/d', 'kb/d'. */
export const UNIT_SYMBOLS: Readonly<Record<DisplayUnit, string>> = {
  t: 't',
  bbl: 'bbl',
  tpd: 't/d',
  bpd: 'b/d',
  kbd: 'kb/d',
};

/** As written in a column header or a subtitle. */
export const UNIT_NAMES: Readonly<Record<DisplayUnit, string>> = {
  t: 'tonnes',
  bbl: 'barrels',
  tpd: 'tonnes per day',
  bpd: 'barrels per day',
  kbd: 'thousand barrels per day',
};

export function isDisplayUnit(value: string | null): value is DisplayUnit {
  return (DISPLAY_UNITS as readonly (string | null)[]).includes(value);
}

export function isRateUnit(unit: DisplayUnit): boolean {
  return RATE_UNITS.includes(unit);
}

/** The total a unit is made of: tonnes for t and t/d, barrels for the rest. */
export function baseUnit(unit: DisplayUnit): VolumeUnit {
  return unit === 't' || unit === 'tpd' ? 't' : 'bbl';
}

export function showsBarrels(unit: DisplayUnit): boolean {
  return baseUnit(unit) === 'bbl';
}

/** The timeseries metric that answers in this unit (flow rates over each bucket's days). */
export function timeseriesMetricOf(unit: DisplayUnit): TimeseriesMetric {
  switch (unit) {
    case 't':
      return 'tonnes';
    case 'bbl':
      return 'barrels';
    case 'tpd':
      return 'tonnesPerDay';
    case 'bpd':
      return 'barrelsPerDay';
    case 'kbd':
      return 'kbd';
  }
}

/**
 * A total (tonnes or barrels, per `baseUnit`) in the unit: itself for t and bbl, its average per day
 * over `days` for the flow rates (kb/d in thousands). null when a rate has no days to divide by.
 */
export function inUnit(total: number, unit: DisplayUnit, days: number | null): number | null {
  if (!isRateUnit(unit)) return total;
  if (!days || days <= 0) return null;
  return unit === 'kbd' ? total / days / 1000 : total / days;
}

/** Decimals a value in the unit is rounded to for tables and CSV (the API's own rounding). */
export function unitDigits(unit: DisplayUnit): number {
  if (unit === 'kbd') return 6;
  return isRateUnit(unit) ? 3 : unit === 't' ? 3 : 1;
}

/** Full value for tables and titles: '45,000 t', '903.7 b/d', '0.904 kb/d'. */
export function formatInUnit(value: number, unit: DisplayUnit): string {
  if (!isRateUnit(unit)) return formatVolume(value, unit as VolumeUnit);
  return `${formatRateNumber(value, unit)} ${UNIT_SYMBOLS[unit]}`;
}

/** The number alone, as in table cells under a header that names the unit. */
export function formatRateNumber(value: number, unit: DisplayUnit): string {
  if (unit === 'kbd') return Math.abs(value) >= 100 ? formatInteger(value) : formatSignificantPlus(value);
  if (!isRateUnit(unit)) return formatInteger(value);
  return Math.abs(value) >= 1000 ? formatInteger(value) : formatNumber(value, 1);
}

/**
 * One format for every number of a table in `unit`, so a column never reads 0.904 next to 1.00:
 * the decimals the smallest non-zero value needs (kb/d: three significant digits, at most 3
 * decimals; b/d and t/d: 1 decimal below 1,000), used for all of them.
 */
export function rateTableFormat(values: readonly number[], unit: DisplayUnit): (value: number) => string {
  if (!isRateUnit(unit)) return formatInteger;
  const nonZero = values.filter((value) => value !== 0).map(Math.abs);
  const smallest = nonZero.length ? Math.min(...nonZero) : 0;
  if (unit === 'kbd') {
    if (smallest === 0 || smallest >= 100) return formatInteger;
    const digits = smallest >= 10 ? 1 : smallest >= 1 ? 2 : 3;
    return (value) => formatNumber(value, digits);
  }
  return smallest >= 1000 ? formatInteger : (value) => formatNumber(value, 1);
}

// Three significant digits, but never fewer than needed to tell 0.904 from 0.9.
function formatSignificantPlus(value: number): string {
  const abs = Math.abs(value);
  if (abs > 0 && abs < 1) return formatNumber(value, 3);
  return formatSignificant(value);
}

/** Short value for tiles: '12.4 Mt', '91.2 M bbl', '903.7 b/d', '245 kb/d'. */
export function formatInUnitShort(value: number, unit: DisplayUnit): string {
  if (!isRateUnit(unit)) return formatVolumeShort(value, unit as VolumeUnit);
  if (unit !== 'kbd' && Math.abs(value) >= 100_000)
    return `${formatSignificant(value / 1000)}k ${UNIT_SYMBOLS[unit]}`;
  return formatInUnit(value, unit);
}

/** Axis ticks: '1 Mt', '800 kt', '250,000 b/d' -> '250k', '1.5 kb/d'. */
export function formatUnitTick(value: number, unit: DisplayUnit): string {
  if (!isRateUnit(unit)) return formatVolumeTick(value, unit as VolumeUnit);
  const abs = Math.abs(value);
  const text =
    abs >= 1000
      ? `${trimZeros(formatSignificant(value / 1000))}k`
      : abs >= 10 || abs === 0
        ? formatInteger(value)
        : trimZeros(formatSignificant(value));
  return `${text} ${UNIT_SYMBOLS[unit]}`;
}

/** '2.50' -> '2.5', '3.00' -> '3'. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
