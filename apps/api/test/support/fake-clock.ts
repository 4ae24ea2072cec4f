import type { Clock } from '../../src/common/clock';

/** A clock that stands still until the test moves it. */
export class FakeClock {
  private now: number;

  constructor(start: string) {
    this.now = Date.parse(start);
  }

  readonly clock: Clock = () => new Date(this.now);

  set(iso: string): void {
    this.now = Date.parse(iso);
  }

  get iso(): string {
    return new Date(this.now).toISOString();
  }
}
