import { formatInteger, formatPointChange, formatShare } from '../../format/numbers';
import { type DisplayUnit, formatInUnit } from '../../format/units';
import type { SupplierRow } from './top-suppliers-model';

/** Ranked origins with a bar of their share, and how the share moved against the previous period. */
export function TopSuppliersTable({
  rows,
  unit,
  comparing,
}: {
  rows: SupplierRow[];
  unit: DisplayUnit;
  comparing: boolean;
}) {
  const maxShare = Math.max(...rows.map((row) => row.share), 0.0001);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Top suppliers">
      <table className="data-table suppliers-table">
        <caption className="visually-hidden">Top suppliers</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric rank">
              #
            </th>
            <th scope="col">Origin</th>
            <th scope="col" className="hide-phone hide-narrow">
              Region
            </th>
            <th scope="col" className="numeric hide-phone">
              Volume
            </th>
            <th scope="col" className="share-col">
              Share
            </th>
            <th scope="col" className="numeric hide-phone hide-narrow">
              Shipments
            </th>
            {comparing ? (
              <th scope="col" className="numeric">
                Change
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="numeric rank">{row.rank}</td>
              <th scope="row">
                <span className="swatch" style={{ background: row.colour }} aria-hidden="true" />
                {row.name}
              </th>
              <td className="hide-phone hide-narrow muted">{row.region}</td>
              <td className="numeric hide-phone">
                {row.volume === null ? '–' : formatInUnit(row.volume, unit)}
              </td>
              <td className="share-col">
                <span className="share-cell">
                  <span className="share-bar" aria-hidden="true">
                    <span style={{ width: `${(row.share / maxShare) * 100}%`, background: row.colour }} />
                  </span>
                  <span className="share-text">{formatShare(row.share)}</span>
                </span>
              </td>
              <td className="numeric hide-phone hide-narrow">{formatInteger(row.shipments)}</td>
              {comparing ? (
                <td className="numeric">
                  {row.shareChange === null ? (
                    '–'
                  ) : row.previousShare === 0 ? (
                    <span className="pill pill-new">new</span>
                  ) : (
                    formatPointChange(row.shareChange)
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
