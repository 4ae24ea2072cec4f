import { createHash } from 'node:crypto';

/**
 * The id of a shipment is the MD5 of its reference read as a UUID, the same value as PostgreSQL's
 * `md5(reference)::uuid` (enforced by a CHECK). A retried POST therefore lands on the same row, and
 * the primary key alone guarantees that references are unique.
 */
export function shipmentIdFor(reference: string): string {
  const hex = createHash('md5').update(reference, 'utf8').digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
