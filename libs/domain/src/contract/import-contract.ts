// Bulk CSV import (POST /api/shipments/import): options and answer, shared by the API, its CLI and the web app.
import type { FieldError } from '../shipment/shipment';

/** atomic: any bad line -> 400 and nothing written. partial: store the good lines, report the bad. */
export const IMPORT_MODES = ['atomic', 'partial'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What to do with a line whose reference is stored already. */
export const IMPORT_CONFLICT_POLICIES = ['error', 'skip', 'update'] as const;
export type ImportConflictPolicy = (typeof IMPORT_CONFLICT_POLICIES)[number];

export interface RejectedLine {
  /** Physical line number in the file; the header is line 1. */
  line: number;
  reference: string | null;
  /** `field` is the CSV column name (or `columns` for a line with the wrong number of fields). */
  errors: FieldError[];
}

export interface ImportReport {
  inserted: number;
  updated: number;
  /** Lines whose reference exists already with the same values, or any values with onConflict=skip. */
  skipped: number;
  /** The first IMPORT_REPORTED_LINES rejected lines, by line number. */
  rejected: RejectedLine[];
  /** Every rejected line, also those past the ones listed. */
  rejectedCount: number;
  /**
   * Present (true) on the answer to `dryRun=true`: the import ran in full (validation, duplicates,
   * conflicts, the merge) in a transaction that was then rolled back, so the counts are what the same
   * request would have stored, and nothing was written. With mode=atomic and bad lines the answer is
   * the same 400 as a real import, carrying `dryRun: true`.
   */
  dryRun?: boolean;
}

export const IMPORT_REPORTED_LINES = 1000;
