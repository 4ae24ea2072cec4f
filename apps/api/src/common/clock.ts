/** The current time. Injected (token CLOCK) so that scheduling can be tested without waiting. */
export type Clock = () => Date;

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = () => new Date();
