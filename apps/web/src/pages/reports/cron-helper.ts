import { CronExpressionParser } from 'cron-parser';

export type ScheduleKind = 'daily' | 'weekly' | 'monthly' | 'custom';

export interface Schedule {
  kind: ScheduleKind;
  /** HH:MM, 24 h, in the report's time zone. */
  time: string;
  /** 0 (Sunday) to 6, for weekly. */
  weekday: number;
  /** 1 to 28, for monthly (28 so every month has it). */
  dayOfMonth: number;
  /** The five cron fields, for custom. */
  cron: string;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const DEFAULT_SCHEDULE: Schedule = {
  kind: 'weekly',
  time: '06:00',
  weekday: 1,
  dayOfMonth: 1,
  cron: '0 6 * * 1',
};

/** The cron expression (minute hour day-of-month month day-of-week) of a schedule. */
export function cronOf(schedule: Schedule): string {
  if (schedule.kind === 'custom') return schedule.cron.trim().replace(/\s+/g, ' ');
  const [hour, minute] = schedule.time.split(':').map(Number) as [number, number];
  if (schedule.kind === 'daily') return `${minute} ${hour} * * *`;
  if (schedule.kind === 'weekly') return `${minute} ${hour} * * ${schedule.weekday}`;
  return `${minute} ${hour} ${schedule.dayOfMonth} * *`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Plain words for the crons the helper makes ('Mondays at 06:00'); other crons as they are. */
export function describeCron(cron: string): string {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) return cron;
  const [minute, hour, day, month, weekday] = fields as [string, string, string, string, string];
  if (!/^\d+$/.test(minute) || !/^\d+$/.test(hour) || month !== '*') return `cron ${cron}`;
  const at = `at ${pad(Number(hour))}:${pad(Number(minute))}`;
  if (day === '*' && weekday === '*') return `Every day ${at}`;
  if (day === '*' && /^[0-6]$/.test(weekday)) return `${WEEKDAYS[Number(weekday)]}s ${at}`;
  if (/^\d+$/.test(day) && weekday === '*') return `Day ${day} of every month ${at}`;
  return `cron ${cron}`;
}

/** The next `count` times (ISO, UTC) the cron fires in `timeZone` after `now`; throws on a bad cron. */
export function nextRunTimes(cron: string, timeZone: string, count = 3, now: Date = new Date()): string[] {
  if (cron.trim().split(/\s+/).length !== 5)
    throw new Error('a cron has five fields: minute hour day month weekday');
  const expression = CronExpressionParser.parse(cron, { tz: timeZone, currentDate: now, strict: false });
  return expression.take(count).map((date) => date.toDate().toISOString());
}

export { formatInZone } from '@tradeflow/domain';

/** Every IANA time zone the browser knows, the browser's own first. */
export function timeZones(): string[] {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const all =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : ['UTC', 'Asia/Karachi'];
  return [...new Set([own, 'UTC', 'Asia/Karachi', ...all])];
}
