import { useCallback, useEffect, useState } from 'react';

export const CHARTS_READY_MARK = 'tradeflow:charts-ready';

/**
 * Tracks which charts have drawn the data of `version`. When every chart in `ids` has, the page
 * is "ready": the caller sets `data-charts-ready="true"` and a performance mark is left for the
 * benchmark and the end-to-end tests. `version` is null while any data is still on its way.
 */
export function useChartsReady(ids: readonly string[], version: string | null) {
  const [settled, setSettled] = useState<Record<string, string>>({});
  const settle = useCallback((id: string, drawnVersion: string) => {
    setSettled((current) => (current[id] === drawnVersion ? current : { ...current, [id]: drawnVersion }));
  }, []);
  const ready = version !== null && ids.every((id) => settled[id] === version);
  useEffect(() => {
    if (ready && typeof performance !== 'undefined' && typeof performance.mark === 'function') {
      performance.mark(CHARTS_READY_MARK, { detail: { version } });
    }
  }, [ready, version]);
  return { ready, settle };
}
