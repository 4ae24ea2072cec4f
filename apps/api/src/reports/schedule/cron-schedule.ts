import { CronExpressionParser } from 'cron-parser';

/** A schedule (a report's or an alert's) as a tick reads it: no slot before the later of the two instants is due. */
export interface CronSchedule {
  id: string;
  cron: string;
  timezone: string;
  scheduleFrom: Date;
  /** The latest slot that has a scheduled run (or evaluation) already. */
  lastSlot: Date | null;
}

/** Why a five-field cron expression cannot be scheduled, or undefined when it can. */
export function cronProblem(cron: string, timeZone: string): string | undefined {
  try {
    CronExpressionParser.parse(cron, { tz: timeZone, strict: false }).next();
    return undefined;
  } catch (error) {
    return `${JSON.stringify(cron)} is not a valid cron expression: ${(error as Error).message}`;
  }
}

/** The next `count` slots strictly after `after`, as instants (cron evaluated in `timeZone`). */
export function nextSlots(cron: string, timeZone: string, after: Date, count: number): Date[] {
  const expression = CronExpressionParser.parse(cron, { tz: timeZone, currentDate: after });
  return Array.from({ length: count }, () => expression.next().toDate());
}

/** Daylight-saving changes move the clock by an hour at most; two hours leave room. */
const DST_MARGIN_MS = 2 * 60 * 60 * 1000;

/**
 * The latest slot at or before `now`, one of the slots nextSlots answers. Walking backwards
 * (cron-parser's prev()) disagrees with walking forwards across a daylight-saving change: it drops a
 * time that the spring change skips (02:30 on 8 March 2026 in New York), which next() moves an hour
 * on (03:30 EDT), and it finds twice a time that the autumn change repeats (01:30 on 1 November),
 * which next() answers once (the first, 01:30 EDT). So prev() only says where to start, and the
 * slot is the last one forwards from a little before it: a daily report runs once every day.
 */
export function latestSlot(cron: string, timeZone: string, now: Date): Date {
  // prev() answers the slot strictly before currentDate; slots fall on whole minutes.
  const backwards = CronExpressionParser.parse(cron, {
    tz: timeZone,
    currentDate: new Date(now.getTime() + 1),
  }).prev();
  const forwards = CronExpressionParser.parse(cron, {
    tz: timeZone,
    currentDate: new Date(backwards.getTime() - DST_MARGIN_MS),
  });
  let latest = backwards.toDate();
  for (
    let slot = forwards.next().toDate();
    slot.getTime() <= now.getTime();
    slot = forwards.next().toDate()
  ) {
    latest = slot;
  }
  return latest;
}
