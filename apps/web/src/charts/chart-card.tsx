import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { EmptyState, ErrorState, Skeleton } from '../layout/states';
import { ChartTitleContext } from './chart-title';
import { DataTable } from './data-table';
import { csvFileName, downloadText, type TableModel, tableToCsv } from './table-model';
import { Icon } from '../layout/icon';

export type CardStatus = 'loading' | 'error' | 'empty' | 'ready';

interface ChartCardProps {
  title: string;
  subtitle?: ReactNode;
  status: CardStatus;
  error?: unknown;
  onRetry?: () => void;
  emptyText?: string;
  /** What the chart shows, as a table: the table view and the CSV download. */
  table: TableModel | null;
  /** Suffix of the CSV file name (the date range). */
  fileSuffix: string;
  height?: number;
  /** Extra controls beside the table/CSV buttons. */
  controls?: ReactNode;
  /** Below the chart or table (e.g. the card's own edit actions). */
  footer?: ReactNode;
  /** Tells the page that this card has finished drawing (chart drawn, or a table/state shown). */
  onSettled?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A chart with its title (the region's name) and subtitle (its description), a "show as table"
 * toggle, a CSV download and its loading/empty/error states. The toggle says whether the table is
 * showing (aria-expanded) and which region it opens; opening it by keyboard or click moves the focus
 * into the table, which is named after the card.
 */
export function ChartCard({
  title,
  subtitle,
  status,
  error,
  onRetry,
  emptyText = 'No shipments match these filters.',
  table,
  fileSuffix,
  height = 280,
  controls,
  footer,
  onSettled,
  className,
  children,
}: ChartCardProps) {
  const titleId = useId();
  const subtitleId = useId();
  const tableId = useId();
  const [asTable, setAsTable] = useState(false);
  const tableRef = useRef<HTMLDivElement>(null);
  const focusTable = useRef(false);
  const drawsChart = status === 'ready' && !asTable;
  const showsTable = asTable && table !== null && status === 'ready';

  useEffect(() => {
    if (!showsTable || !focusTable.current) return;
    focusTable.current = false;
    tableRef.current?.focus();
  }, [showsTable]);

  useEffect(() => {
    if (status !== 'loading' && !drawsChart) onSettled?.();
  }, [status, drawsChart, onSettled]);

  return (
    <section
      className={`card chart-card${asTable ? ' is-table' : ''} ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={subtitle ? subtitleId : undefined}
      data-chart={title}
    >
      <header className="card-head">
        <div className="card-titles">
          <h2 id={titleId} className="card-title">
            {title}
          </h2>
          {subtitle ? (
            <p id={subtitleId} className="card-subtitle">
              {subtitle}
            </p>
          ) : null}
        </div>
        <div className="card-actions">
          {controls}
          <button
            type="button"
            className="button button-ghost button-small"
            aria-expanded={showsTable}
            aria-controls={tableId}
            onClick={() => {
              focusTable.current = !asTable;
              setAsTable(!asTable);
            }}
            disabled={!table}
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => table && downloadText(csvFileName(title, fileSuffix), tableToCsv(table))}
            disabled={!table || status !== 'ready'}
            aria-label={`Download ${title} as CSV`}
          >
            <Icon name="download" />
            CSV
          </button>
        </div>
      </header>
      <div className="card-body">
        {status === 'loading' ? (
          <Skeleton height={height} label={`Loading ${title}`} />
        ) : status === 'error' ? (
          <div style={{ minHeight: height }} className="state-frame">
            <ErrorState error={error} onRetry={onRetry} />
          </div>
        ) : status === 'empty' ? (
          <div style={{ minHeight: height }} className="state-frame">
            <EmptyState title={emptyText} />
          </div>
        ) : showsTable ? (
          <div style={{ maxHeight: Math.max(height, 280) }} className="table-frame">
            <DataTable table={table} caption={title} id={tableId} ref={tableRef} />
          </div>
        ) : (
          <ChartTitleContext.Provider value={title}>{children}</ChartTitleContext.Provider>
        )}
      </div>
      {footer ? <div className="card-foot">{footer}</div> : null}
    </section>
  );
}
