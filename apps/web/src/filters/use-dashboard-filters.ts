import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { settingsQuery } from '../api/settings';
import { todayIso } from '../format/dates';
import {
  apiFilterParams,
  comparableRange,
  type DashboardFilters,
  parseFilters,
  resolveImporter,
  resolveRange,
  writeFilters,
} from './dashboard-filters';
import type { DateRange } from './date-ranges';

export interface FilterUpdateOptions {
  /** Replace the current history entry instead of adding one (e.g. the 2nd tick in an open menu). */
  replace?: boolean;
}

export interface DashboardFilterState {
  filters: DashboardFilters;
  /** The dates the view covers (null: all time). */
  range: DateRange | null;
  /** The bounded range to compare with the previous period, if any. */
  comparable: DateRange | null;
  /** The API filter query for `range` and `importer`. */
  apiParams: URLSearchParams;
  /**
   * The importing country shown: the URL's, else the server's HOME_COUNTRY; ALL_IMPORTERS; null only
   * until the settings have loaded.
   */
  importer: string | null;
  today: string;
  setFilters(patch: Partial<DashboardFilters>, options?: FilterUpdateOptions): void;
}

/** Parameters a filter change resets, because they point into the old result (the table page). */
const RESET_ON_FILTER_CHANGE = ['offset'];

/** The global filters, read from and written to the URL (so links and back/forward work). */
export function useDashboardFilters(): DashboardFilterState {
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayIso();
  const query = searchParams.toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(query)), [query]);
  const range = useMemo(() => resolveRange(filters, today), [filters, today]);
  const comparable = useMemo(() => comparableRange(filters, today), [filters, today]);
  const homeCountry = useQuery(settingsQuery).data?.homeCountry ?? null;
  const importer = resolveImporter(filters, homeCountry);
  const apiParams = useMemo(() => apiFilterParams(filters, range, importer), [filters, range, importer]);
  const setFilters = useCallback(
    (patch: Partial<DashboardFilters>, options: FilterUpdateOptions = {}) => {
      setSearchParams(
        (current) => {
          const next = writeFilters({ ...parseFilters(current), ...patch }, current);
          for (const name of RESET_ON_FILTER_CHANGE) next.delete(name);
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams],
  );
  return { filters, range, comparable, apiParams, importer, today, setFilters };
}
