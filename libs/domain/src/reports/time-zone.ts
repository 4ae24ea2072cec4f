// IANA time zones through the Intl API of the runtime (Node.js and browsers ship the tz database).

/** The canonical spelling of an IANA time zone ('asia/karachi' -> 'Asia/Karachi'), or undefined. */
export function canonicalTimeZone(timeZone: string): string | undefined {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) that a wall clock in `timeZone` shows at `instant`. */
export function localDateIn(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${String(parts['year']).padStart(4, '0')}-${parts['month']}-${parts['day']}`;
}

/** '2026-12-07T01:00:00.000Z' in Asia/Karachi -> 'Mon 7 Dec 2026, 06:00': how the dashboard writes a run's time. */
export function formatInZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`;
}
