import type { ImportConflictPolicy, ImportMode, ImportReport } from '@tradeflow/domain';
import { ApiError, errorFromBody, signalUnauthorized, UnauthorizedError } from './http';

export type { ImportConflictPolicy, ImportMode, ImportReport };

export interface ImportProgress {
  /** Bytes sent so far and in all; `processing` once the file is up and the server works on it. */
  sent: number;
  total: number;
  processing: boolean;
}

/** A report in an error answer (mode=atomic with bad lines answers 400 and the report). */
export function reportIn(error: unknown): ImportReport | null {
  const body = error instanceof ApiError ? (error.body as Partial<ImportReport> | undefined) : undefined;
  return body && Array.isArray(body.rejected) ? (body as ImportReport) : null;
}

/**
 * Uploads a CSV file as multipart `file`. XMLHttpRequest rather than fetch, because only it reports
 * upload progress.
 */
export function importShipments(
  file: File,
  options: { mode: ImportMode; onConflict: ImportConflictPolicy; dryRun?: boolean },
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ mode: options.mode, onConflict: options.onConflict });
    // A dry run checks and merges in a transaction the server rolls back: nothing is stored.
    if (options.dryRun) query.set('dryRun', 'true');
    request.open('POST', `/api/shipments/import?${query}`);
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) =>
      onProgress({
        sent: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
        processing: false,
      });
    request.upload.onload = () => onProgress({ sent: file.size, total: file.size, processing: true });
    request.onload = () => {
      if (request.status === 401) {
        signalUnauthorized();
        return reject(new UnauthorizedError());
      }
      if (request.status >= 200 && request.status < 300)
        return resolve(JSON.parse(request.responseText) as ImportReport);
      reject(errorFromBody(request.status, request.statusText, request.responseText));
    };
    request.onerror = () =>
      reject(new ApiError(0, 'The upload did not reach the server. Check your connection.'));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
