import {
  type BucketOptions,
  bucketLabel,
  bucketStart,
  type Granularity,
  nextBucket,
  type ShipmentFilters,
} from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';

/** Most buckets one answer may hold (day buckets over 27 years). */
export const MAX_BUCKETS = 10_000;

export interface BucketRange {
  starts: string[];
  labels: string[];
  indexOf: Map<string, number>;
}

/**
 * Every bucket from `from` (else the first arrival in the selection) to `to` (else the last),
 * inclusive, so a chart shows the gaps; none when there is neither a bound nor a shipment.
 */
export function bucketRange(
  filters: Pick<ShipmentFilters, 'from' | 'to'>,
  data: { firstDay: string | null; lastDay: string | null },
  granularity: Granularity,
  options: BucketOptions,
): BucketRange {
  const start = filters.from ?? data.firstDay ?? filters.to;
  let end = filters.to ?? data.lastDay ?? filters.from;
  if (start === undefined || start === null || end === undefined || end === null) {
    return { starts: [], labels: [], indexOf: new Map() };
  }
  if (end < start) end = start;
  const last = bucketStart(end, granularity, options);
  const starts: string[] = [];
  for (let bucket = bucketStart(start, granularity, options); bucket <= last;) {
    if (starts.length === MAX_BUCKETS) throw tooManyBuckets(granularity);
    starts.push(bucket);
    bucket = nextBucket(bucket, granularity, options);
  }
  return {
    starts,
    labels: starts.map((bucket) => bucketLabel(bucket, granularity, options)),
    indexOf: new Map(starts.map((bucket, index) => [bucket, index])),
  };
}

function tooManyBuckets(granularity: Granularity): FieldValidationException {
  return new FieldValidationException([
    {
      field: 'granularity',
      message: `the range holds more than ${MAX_BUCKETS} ${granularity} buckets; narrow from/to or choose a coarser granularity`,
    },
  ]);
}

/** Checks the bucket count before querying, when both bounds are given. */
export function assertBucketCount(
  filters: Pick<ShipmentFilters, 'from' | 'to'>,
  granularity: Granularity,
  options: BucketOptions,
): void {
  if (filters.from && filters.to && filters.from <= filters.to) {
    bucketRange(filters, { firstDay: null, lastDay: null }, granularity, options);
  }
}
