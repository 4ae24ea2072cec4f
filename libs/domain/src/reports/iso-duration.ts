const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/**
 * An ISO 8601 duration of weeks, days, hours and minutes (`P7D`, `P1W`, `PT12H`, `P1DT6H`) in
 * milliseconds; undefined when it is not one or is zero. Months and years are refused: their length varies.
 */
export function isoDurationMs(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DURATION.exec(text.trim().toUpperCase());
  if (!match || text.trim().toUpperCase().endsWith('T')) return undefined;
  const [weeks, days, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const ms =
    ((((weeks as number) * 7 + (days as number)) * 24 + (hours as number)) * 60 + (minutes as number)) *
    60_000;
  return ms > 0 ? ms : undefined;
}
