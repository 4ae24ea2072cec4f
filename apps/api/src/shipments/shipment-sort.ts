import { BadRequestException } from '@nestjs/common';

/** API sort field -> SQL column. Only NOT NULL columns, so keyset cursors stay simple and exact. */
export const SORTABLE_FIELDS = {
  arrivalDate: 's.arrival_date',
  volumeTonnes: 's.volume_tonnes',
  reference: 's.reference',
  originCountry: 's.origin_country',
  commodity: 's.commodity',
  transportMode: 's.transport_mode',
  status: 's.status',
  createdAt: 's.created_at',
  updatedAt: 's.updated_at',
} as const;

export type SortField = keyof typeof SORTABLE_FIELDS;

export interface ShipmentSort {
  field: SortField;
  column: string;
  descending: boolean;
}

export function parseSort(sort: string | undefined): ShipmentSort {
  const [field, direction] = (sort ?? 'arrivalDate:desc').split(':') as [SortField, string];
  return { field, column: SORTABLE_FIELDS[field], descending: direction === 'desc' };
}

/** Opaque keyset cursor: the sort value and id of the last row of a page. */
export function encodeCursor(sortValue: unknown, id: string): string {
  const value = sortValue instanceof Date ? sortValue.toISOString() : sortValue;
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string | number, string] {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      (typeof decoded[0] === 'string' || typeof decoded[0] === 'number') &&
      typeof decoded[1] === 'string' &&
      /^[0-9a-f-]{36}$/.test(decoded[1])
    ) {
      return [decoded[0], decoded[1]];
    }
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestException({
    message: 'cursor is not valid: pass nextCursor from a previous page unchanged',
    errors: [{ field: 'cursor', message: 'invalid cursor' }],
  });
}
