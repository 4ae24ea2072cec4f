// Number formatting for tiles, tables, axes and tooltips. Fixed 'en-US' grouping so screenshots,
// tests and CSV-adjacent text read the same on every machine.
import { sharePercent } from '@tradeflow/domain';

const LOCALE = 'en-US';
const MINUS = '\u2212';

const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const formats = new Map<string, Intl.NumberFormat>();

function fixedFormat(digits: number): Intl.NumberFormat {
  const key = `fixed:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** Typographic minus instead of a hyphen, so signed numbers line up and read as negative. */
function withMinus(text: string): string {
  return text.startsWith('-') ? `${MINUS}${text.slice(1)}` : text;
}

export function formatInteger(value: number): string {
  return withMinus(integerFormat.format(Math.round(value) === 0 ? 0 : value));
}

export function formatNumber(value: number, digits: number): string {
  return withMinus(fixedFormat(digits).format(value));
}

/** Three significant digits, at least 0 and at most 2 decimals: 12.3, 4.56, 123, 1,234. */
export function formatSignificant(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return formatNumber(value, digits);
}

export type VolumeUnit = 't' | 'bbl';

const TONNE_STEPS: [number, string][] = [
  [1e9, 'Gt'],
  [1e6, 'Mt'],
  [1e3, 'kt'],
];
const BARREL_STEPS: [number, string][] = [
  [1e9, 'bn bbl'],
  [1e6, 'M bbl'],
  [1e3, 'k bbl'],
];

/** Short volume for tiles and axes: '12.4 Mt', '45.0 kt', '850 t', '91.2 M bbl'. */
export function formatVolumeShort(value: number, unit: VolumeUnit): string {
  const steps = unit === 't' ? TONNE_STEPS : BARREL_STEPS;
  const abs = Math.abs(value);
  for (const [size, suffix] of steps) {
    if (abs >= size * 0.9995) return `${formatSignificant(value / size)} ${suffix}`;
  }
  return `${formatInteger(value)} ${unit}`;
}

/** Volume for axis ticks: like formatVolumeShort without trailing zeros ('1 Mt', '800 kt', '2.5 Mt'). */
export function formatVolumeTick(value: number, unit: VolumeUnit): string {
  return formatVolumeShort(value, unit)
    .replace(/\.0+ /, ' ')
    .replace(/(\.\d*?)0+ /, '$1 ');
}

/** Full volume for tables: '45,000 t', '329,850 bbl'. */
export function formatVolume(value: number, unit: VolumeUnit): string {
  return `${formatInteger(value)} ${unit}`;
}

/** A share 0..1 as a percentage: 0.1843 -> '18.4%'. */
export function formatShare(share: number, digits = 1): string {
  return `${formatNumber(sharePercent(share, digits), digits)}%`;
}

export function formatHhi(hhi: number): string {
  return formatInteger(hhi);
}

export function formatEffectiveSuppliers(value: number): string {
  return formatNumber(value, 1);
}

export function formatUsdShort(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `$${formatSignificant(value / 1e9)} bn`;
  if (abs >= 1e6) return `$${formatSignificant(value / 1e6)} M`;
  if (abs >= 1e3) return `$${formatSignificant(value / 1e3)} k`;
  return `$${formatInteger(value)}`;
}

/** Money in its own currency, 2 decimals: '128,000,000.00 CNY'. */
export function formatAmount(value: number, currency: string): string {
  return `${formatNumber(value, 2)} ${currency}`;
}

/** Relative change current/previous - 1; null when there is nothing to compare with. */
export function relativeChange(current: number, previous: number | null | undefined): number | null {
  if (previous === null || previous === undefined || previous === 0) return null;
  return current / previous - 1;
}

function signed(text: string, value: number): string {
  if (text.replace(/[^1-9]/g, '') === '') return text.replace(MINUS, ''); // rounds to zero: no sign
  return value > 0 ? `+${text}` : text;
}

/** '+4.2%', '−13.0%', '0.0%'. */
export function formatSignedPercent(ratio: number, digits = 1): string {
  return signed(formatShare(ratio, digits), ratio);
}

/** Change of a share in percentage points: 0.012 -> '+1.2 pp'. */
export function formatPointChange(shareDelta: number, digits = 1): string {
  return `${signed(formatNumber(shareDelta * 100, digits), shareDelta)} pp`;
}

/** '+120', '−3'. */
export function formatSignedInteger(value: number): string {
  return signed(formatInteger(value), value);
}

export function formatSignedNumber(value: number, digits: number): string {
  return signed(formatNumber(value, digits), value);
}
