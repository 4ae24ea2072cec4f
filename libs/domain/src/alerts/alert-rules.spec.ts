import { isEmailAddress } from '../reports/email-address';
import { isoDurationMs } from '../reports/iso-duration';
import { alertTransition, daysSince, isBreached } from './alert-rules';

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;

describe('alert state changes', () => {
  it('sends "triggered" when it starts firing, nothing while it keeps firing, "resolved" once when it clears', () => {
    const first = alertTransition({
      previous: 'ok',
      breached: true,
      lastNotifiedAt: null,
      now: at('2026-01-01'),
      remindEveryMs: undefined,
    });
    expect(first).toEqual({ state: 'triggered', notification: 'triggered' });
    const still = alertTransition({
      previous: 'triggered',
      breached: true,
      lastNotifiedAt: at('2026-01-01'),
      now: at('2026-03-01'),
      remindEveryMs: undefined,
    });
    expect(still).toEqual({ state: 'triggered', notification: null });
    const cleared = alertTransition({
      previous: 'triggered',
      breached: false,
      lastNotifiedAt: at('2026-01-01'),
      now: at('2026-03-02'),
      remindEveryMs: undefined,
    });
    expect(cleared).toEqual({ state: 'ok', notification: 'resolved' });
    const quiet = alertTransition({
      previous: 'ok',
      breached: false,
      lastNotifiedAt: at('2026-01-01'),
      now: at('2026-03-03'),
      remindEveryMs: undefined,
    });
    expect(quiet).toEqual({ state: 'ok', notification: null });
  });

  it('reminds every remindEvery while it stays triggered, counted from the last message', () => {
    const base = {
      previous: 'triggered' as const,
      breached: true,
      lastNotifiedAt: at('2026-01-01T00:00:00Z'),
      remindEveryMs: 7 * DAY,
    };
    expect(alertTransition({ ...base, now: at('2026-01-07T23:59:59Z') }).notification).toBeNull();
    expect(alertTransition({ ...base, now: at('2026-01-08T00:00:00Z') }).notification).toBe('reminder');
  });

  it('does not fire without a value, and compares strictly', () => {
    expect(isBreached('above', null, 0.4)).toBe(false);
    expect(isBreached('above', 0.4, 0.4)).toBe(false);
    expect(isBreached('above', 0.41, 0.4)).toBe(true);
    expect(isBreached('below', 0.39, 0.4)).toBe(true);
  });

  it('counts whole days since the last arrival', () => {
    expect(daysSince('2026-11-10', '2026-11-25')).toBe(15);
    expect(daysSince(null, '2026-11-25')).toBeNull();
  });
});

describe('remindEvery durations', () => {
  it.each([
    ['P7D', 7 * DAY],
    ['P1W', 7 * DAY],
    ['PT12H', DAY / 2],
    ['P1DT6H', 1.25 * DAY],
    ['pt30m', 30 * 60_000],
  ])('%s is %d ms', (text, ms) => expect(isoDurationMs(text)).toBe(ms));

  it.each(['P1M', 'P1Y', 'P', 'PT', 'P0D', '7 days', ''])('refuses %s', (text) =>
    expect(isoDurationMs(text)).toBeUndefined(),
  );
});

describe('e-mail addresses', () => {
  it.each(['analyst@example.com', 'a.b+reports@mail.example.org'])('accepts %s', (address) =>
    expect(isEmailAddress(address)).toBe(true),
  );
  it.each([
    'analyst@',
    '@example.com',
    'a@b',
    'a..b@example.com',
    'a b@example.com',
    'x@example.com\r\nBcc: y@z.com',
  ])('refuses %j', (address) => expect(isEmailAddress(address)).toBe(false));
});
