import { cronOf, DEFAULT_SCHEDULE, describeCron, formatInZone, nextRunTimes } from './cron-helper';

describe('cron helper', () => {
  it('writes the cron of each kind of schedule', () => {
    expect(cronOf({ ...DEFAULT_SCHEDULE, kind: 'daily', time: '06:30' })).toBe('30 6 * * *');
    expect(cronOf({ ...DEFAULT_SCHEDULE, kind: 'weekly', time: '06:00', weekday: 1 })).toBe('0 6 * * 1');
    expect(cronOf({ ...DEFAULT_SCHEDULE, kind: 'monthly', time: '07:15', dayOfMonth: 2 })).toBe('15 7 2 * *');
    expect(cronOf({ ...DEFAULT_SCHEDULE, kind: 'custom', cron: ' 0  */4 * * * ' })).toBe('0 */4 * * *');
  });

  it('says the usual crons in words', () => {
    expect(describeCron('0 6 * * 1')).toBe('Mondays at 06:00');
    expect(describeCron('30 6 * * *')).toBe('Every day at 06:30');
    expect(describeCron('0 6 1 * *')).toBe('Day 1 of every month at 06:00');
    expect(describeCron('0 */4 * * *')).toBe('cron 0 */4 * * *');
  });

  it("finds the next runs in the report's time zone: 06:00 in Karachi is 01:00 UTC", () => {
    const now = new Date('2026-11-29T10:00:00Z'); // a Sunday
    expect(nextRunTimes('0 6 * * 1', 'Asia/Karachi', 3, now)).toEqual([
      '2026-11-30T01:00:00.000Z',
      '2026-12-07T01:00:00.000Z',
      '2026-12-14T01:00:00.000Z',
    ]);
    expect(formatInZone('2026-11-30T01:00:00.000Z', 'Asia/Karachi')).toBe('Mon 30 Nov 2026, 06:00');
  });

  it('follows daylight saving time where the zone has it', () => {
    const now = new Date('2026-03-27T12:00:00Z');
    // Europe/London moves to UTC+1 on 29 March 2026: 06:00 local is 06:00Z before and 05:00Z after.
    expect(nextRunTimes('0 6 * * *', 'Europe/London', 3, now)).toEqual([
      '2026-03-28T06:00:00.000Z',
      '2026-03-29T05:00:00.000Z',
      '2026-03-30T05:00:00.000Z',
    ]);
  });

  it('refuses a cron without five fields', () => {
    expect(() => nextRunTimes('0 6 * *', 'UTC')).toThrow(/five fields/);
    expect(() => nextRunTimes('0 99 * * *', 'UTC')).toThrow();
  });
});
