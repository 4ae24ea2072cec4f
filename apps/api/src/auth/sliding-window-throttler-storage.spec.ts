import { ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingWindowThrottlerStorage } from './sliding-window-throttler-storage';

// The library's own storage is the reference: the same requests at the same moments must get the
// same answers (hits, expiry, block), only at a constant cost per request.
describe('SlidingWindowThrottlerStorage', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  /** What the guard reads: the time to the block's end only matters while blocked. */
  const seen = (record: Awaited<ReturnType<ThrottlerStorageService['increment']>>) => ({
    ...record,
    timeToBlockExpire: record.isBlocked ? record.timeToBlockExpire : 0,
  });

  async function compare(
    steps: { advanceMs: number; key: string }[],
    ttl: number,
    limit: number,
    block: number,
  ) {
    const reference = new ThrottlerStorageService();
    const ours = new SlidingWindowThrottlerStorage();
    try {
      for (const [index, step] of steps.entries()) {
        jest.setSystemTime(Date.now() + step.advanceMs);
        const expected = await reference.increment(step.key, ttl, limit, block, 'default');
        const actual = await ours.increment(step.key, ttl, limit, block, 'default');
        expect({ index, ...seen(actual) }).toEqual({ index, ...seen(expected) });
      }
    } finally {
      reference.onApplicationShutdown();
    }
  }

  /** A reproducible stream of requests: bursts and pauses over three callers. */
  function requests(count: number, seed: number): { advanceMs: number; key: string }[] {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    return Array.from({ length: count }, () => ({
      advanceMs: next() < 0.1 ? Math.floor(next() * 40_000) : Math.floor(next() * 300),
      key: ['a', 'b', 'c'][Math.floor(next() * 3)] as string,
    }));
  }

  it('answers as the library does with a block (the blockDuration the guard passes by default)', async () => {
    await compare(requests(3000, 7), 60_000, 20, 60_000);
  });

  it('answers as the library does without a block', async () => {
    await compare(requests(3000, 11), 10_000, 15, 0);
  });

  it('blocks past the limit until the block ends, then counts again from one', async () => {
    const storage = new SlidingWindowThrottlerStorage();
    for (let hit = 1; hit <= 3; hit += 1) {
      expect((await storage.increment('k', 60_000, 3, 30_000, 'default')).isBlocked).toBe(false);
    }
    const blocked = await storage.increment('k', 60_000, 3, 30_000, 'default');
    expect(blocked).toMatchObject({ isBlocked: true, totalHits: 4, timeToBlockExpire: 30 });
    jest.setSystemTime(Date.now() + 30_000);
    expect(await storage.increment('k', 60_000, 3, 30_000, 'default')).toMatchObject({
      isBlocked: false,
      totalHits: 1,
    });
  });

  it('keeps a constant cost when a key holds a hundred thousand live hits', async () => {
    const storage = new SlidingWindowThrottlerStorage();
    for (let hit = 0; hit < 100_000; hit += 1)
      await storage.increment('busy', 60_000, 1e8, 60_000, 'default');
    expect((await storage.increment('busy', 60_000, 1e8, 60_000, 'default')).totalHits).toBe(100_001);
    jest.setSystemTime(Date.now() + 60_001);
    expect((await storage.increment('busy', 60_000, 1e8, 60_000, 'default')).totalHits).toBe(1);
  });
});
