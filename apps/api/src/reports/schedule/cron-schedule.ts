import { CronExpressionParser } from 'cron-parser';

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

/** The latest slot at or before `now`. */
export function latestSlot(cron: string, timeZone: string, now: Date): Date {
  // prev() answers the slot strictly before currentDate; slots fall on whole minutes.
  const expression = CronExpressionParser.parse(cron, {
    tz: timeZone,
    currentDate: new Date(now.getTime() + 1),
  });
  return expression.prev().toDate();
}
