import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { columnFormats, type TableModel } from './table-model';

function cellText(value: string | number | null, format?: (value: number) => string): string {
  if (value === null) return '–';
  if (typeof value === 'number') return format ? format(value) : String(value);
  return value;
}

/** The "show as table" view of a chart: the same rows and columns as its CSV. */
export function DataTable({
  table,
  caption,
  id,
  ref,
}: {
  table: TableModel;
  caption: string;
  id?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const formats = columnFormats(table);
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`${caption} (table)`}
      id={id}
      ref={ref}
    >
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => {
                const column = table.columns[cellIndex];
                const format = formats[cellIndex];
                const link = cellIndex === 0 ? table.rowLinks?.[rowIndex] : null;
                return cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {link ? <Link to={link}>{cellText(cell, format)}</Link> : cellText(cell, format)}
                  </th>
                ) : (
                  <td
                    key={cellIndex}
                    className={column?.numeric ? 'numeric' : column?.wrap ? 'wraps' : undefined}
                  >
                    {cellText(cell, format)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
