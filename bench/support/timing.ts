/** Runs `task` `iterations` times after `warmup` runs and returns the timings in ms. */
export async function timeRepeated(
  task: () => Promise<unknown>,
  iterations: number,
  warmup = 3,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = process.hrtime.bigint();
    await task();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export async function timeOnce<T>(task: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await task();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}
