import { type AnalyticsSource, type Granularity } from '@tradeflow/domain';
import { useSearchParams } from 'react-router-dom';

/** `source=official` in the URL: the views read the official statistics instead of the cargo records. */
export function useAnalyticsSource(): [AnalyticsSource, (source: AnalyticsSource) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const source: AnalyticsSource = searchParams.get('source') === 'official' ? 'official' : 'cargoes';
  const setSource = (next: AnalyticsSource) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next === 'official') params.set('source', 'official');
      else params.delete('source');
      return params;
    });
  return [source, setSource];
}

/** Filters official statistics cannot answer (they have no payment currency or transport mode). */
const CARGO_ONLY_FILTERS = ['currency', 'mode'] as const;

/**
 * The API filter parameters for a source: official statistics get `source=official` and lose the
 * cargo-only filters (the page says so), cargo records are sent as they are.
 */
export function sourceParams(params: URLSearchParams, source: AnalyticsSource): URLSearchParams {
  if (source === 'cargoes') return params;
  const next = new URLSearchParams(params);
  for (const name of CARGO_ONLY_FILTERS) next.delete(name);
  next.set('source', 'official');
  return next;
}

/** The cargo-only filters set in `params`, by the words people use. */
export function ignoredByOfficial(params: URLSearchParams): string[] {
  const words: Record<(typeof CARGO_ONLY_FILTERS)[number], string> = {
    currency: 'payment currency',
    mode: 'transport mode',
  };
  return CARGO_ONLY_FILTERS.filter((name) => params.has(name)).map((name) => words[name]);
}

/** Official statistics are monthly: day and week buckets become months. */
export function officialGranularity(granularity: Granularity, source: AnalyticsSource): Granularity {
  return source === 'official' && (granularity === 'day' || granularity === 'week') ? 'month' : granularity;
}
