import { type ReactNode, useEffect } from 'react';
import type { DashboardFilters } from '../filters/dashboard-filters';
import type { DateRange } from '../filters/date-ranges';
import { formatDate, formatRange } from '../format/dates';
import { ALL_IMPORTERS, OPEN_FROM, OPEN_TO } from '../filters/dashboard-filters';
import { commodityLabel, countryLabel, modeLabel } from '../format/labels';

export function PageHeader({
  title,
  subtitle,
  aside,
}: {
  title: string;
  subtitle?: ReactNode;
  aside?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · tradeflow`;
  }, [title]);
  return (
    <div className="page-header">
      <div>
        <h1 className="page-title">{title}</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {aside ? <div className="page-header-aside">{aside}</div> : null}
    </div>
  );
}

export function rangeText(range: DateRange | null): string {
  if (!range) return 'All time';
  if (range.from === OPEN_FROM) return `until ${formatDate(range.to)}`;
  if (range.to === OPEN_TO) return `from ${formatDate(range.from)}`;
  return formatRange(range.from, range.to);
}

function list(values: string[], label: (value: string) => string, none: string, many: string): string {
  if (values.length === 0) return none;
  if (values.length <= 3) return values.map(label).join(', ');
  return `${values.length} ${many}`;
}

/** How a view's importer reads: 'imports of Pakistan', or 'all importers' (shares across them). */
export function importerText(importer: string | null): string | null {
  if (!importer) return null;
  return importer === ALL_IMPORTERS ? 'all importers' : `imports of ${countryLabel(importer)}`;
}

/**
 * One line that says what the page shows: 'Nov 2025 – Oct 2026 · imports of Pakistan · all
 * commodities · from Saudi Arabia'. `importer` as useDashboardFilters resolves it.
 */
export function describeFilters(
  filters: DashboardFilters,
  range: DateRange | null,
  importer: string | null = filters.destination,
): string {
  const importerPart = importerText(importer);
  const parts = [
    rangeText(range),
    ...(importerPart ? [importerPart] : []),
    list(filters.commodity, commodityLabel, 'all commodities', 'commodities'),
    filters.origin.length ? `from ${list(filters.origin, countryLabel, '', 'origins')}` : 'all origins',
  ];
  if (filters.currency.length) parts.push(`paid in ${list(filters.currency, (c) => c, '', 'currencies')}`);
  if (filters.mode.length)
    parts.push(`by ${list(filters.mode, (m) => modeLabel(m).toLowerCase(), '', 'modes')}`);
  return parts.join(' · ');
}
