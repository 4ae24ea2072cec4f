import type { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** The expiry times of one key's hits, oldest first: pruning moves `head`, nothing is copied. */
interface HitLog {
  expiries: number[];
  head: number;
}

interface KeyRecord {
  expiresAt: number;
  blockExpiresAt: number;
  isBlocked: boolean;
  hits: Map<string, HitLog>;
}

const SWEEP_INTERVAL_MS = 60_000;

/**
 * The in-memory rate-limit counters, with the semantics of @nestjs/throttler's own storage (a
 * sliding log of hits per key, a block for `blockDuration` once the limit is passed) at a constant
 * cost per request. The library's storage copies the whole log of a key on every request and takes
 * `Math.min` over it: at a high limit (an API key allowed 100,000 requests a minute) that is one
 * array of up to the limit's size per request, and most of the API's CPU under load went to it and
 * its garbage. Hits of one throttler share one TTL, so they expire in the order they came and the
 * log is a queue.
 */
export class SlidingWindowThrottlerStorage implements ThrottlerStorage {
  private readonly records = new Map<string, KeyRecord>();
  private nextSweepAt = 0;

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    // Idle keys are swept by the requests themselves, once a minute: no timer outlives the app.
    if (now >= this.nextSweepAt) {
      this.evictIdle(now);
      this.nextSweepAt = now + SWEEP_INTERVAL_MS;
    }
    let record = this.records.get(key);
    if (!record) {
      record = { expiresAt: now + ttl, blockExpiresAt: 0, isBlocked: false, hits: new Map() };
      this.records.set(key, record);
    }
    const log = liveHits(record, throttlerName, now);
    if (record.expiresAt <= now) record.expiresAt = now + ttl;
    const timeToExpire = Math.ceil((record.expiresAt - now) / 1000);

    if (blockDuration <= 0) {
      const isBlocked = size(log) >= limit;
      if (!isBlocked) log.expiries.push(now + ttl);
      const oldest = log.expiries[log.head];
      return {
        totalHits: size(log) + (isBlocked ? 1 : 0),
        timeToExpire,
        isBlocked,
        timeToBlockExpire: !isBlocked
          ? 0
          : oldest === undefined
            ? timeToExpire
            : Math.ceil((oldest - now) / 1000),
      };
    }

    if (!record.isBlocked) log.expiries.push(now + ttl);
    if (size(log) > limit && !record.isBlocked) {
      record.isBlocked = true;
      record.blockExpiresAt = now + blockDuration;
    }
    const timeToBlockExpire = Math.ceil((record.blockExpiresAt - now) / 1000);
    if (timeToBlockExpire <= 0 && record.isBlocked) {
      // The block is over: counting starts again with this request.
      record.isBlocked = false;
      log.expiries = [now + ttl];
      log.head = 0;
    }
    return { totalHits: size(log), timeToExpire, isBlocked: record.isBlocked, timeToBlockExpire };
  }

  /** Forgets keys that are neither blocked nor hold a live hit, so memory follows the active callers. */
  private evictIdle(now: number): void {
    for (const [key, record] of this.records) {
      if (record.isBlocked && record.blockExpiresAt > now) continue;
      if (record.expiresAt > now) continue;
      const live = [...record.hits.keys()].some((name) => size(liveHits(record, name, now)) > 0);
      if (!live) this.records.delete(key);
    }
  }
}

/** The key's log for the throttler with the hits that expired by `now` dropped. */
function liveHits(record: KeyRecord, throttlerName: string, now: number): HitLog {
  let log = record.hits.get(throttlerName);
  if (!log) {
    log = { expiries: [], head: 0 };
    record.hits.set(throttlerName, log);
  }
  const { expiries } = log;
  while (log.head < expiries.length && (expiries[log.head] as number) <= now) log.head += 1;
  // Compact once the expired part is the larger half: amortised constant work per hit.
  if (log.head > 1024 && log.head * 2 > expiries.length) {
    log.expiries = expiries.slice(log.head);
    log.head = 0;
  }
  return log;
}

function size(log: HitLog): number {
  return log.expiries.length - log.head;
}
