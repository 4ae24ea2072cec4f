import type { BarrelConversions } from '@tradeflow/domain';
import { formatInteger, formatNumber } from '../format/numbers';

/** The words of the note's summary: '7.33 bbl/t (crude oil)' for one commodity, else 'bbl/t factors'. */
export function factorsSummary(conversions: BarrelConversions): string {
  const [only, ...others] = conversions.factors;
  const overrides = conversions.apiGravityOverrides.shipments;
  const base =
    only && others.length === 0
      ? `${formatNumber(only.barrelsPerTonne, 2)} bbl/t (${only.name.toLowerCase()})`
      : 'bbl/t factors';
  return overrides > 0 ? `${base} · ${formatInteger(overrides)} by API gravity` : base;
}

/**
 * The conversion behind a barrel figure: each commodity's published barrels-per-tonne factor with its
 * source, and how many crude cargoes used their own API gravity instead. A disclosure, so it opens by
 * keyboard and click and takes no room until asked.
 */
export function FactorsNote({ conversions }: { conversions: BarrelConversions | null | undefined }) {
  if (!conversions) return null;
  const { apiGravityOverrides: overrides } = conversions;
  return (
    <details className="factors-note" data-factors="">
      <summary title="Tonnes to barrels: the factors used">{factorsSummary(conversions)}</summary>
      <div className="factors-panel">
        <p className="factors-title">Tonnes to barrels</p>
        <ul className="factors-list">
          {conversions.factors.map((factor) => (
            <li key={factor.commodity}>
              <span className="factor-name">{factor.name}</span>
              <span className="factor-value">{formatNumber(factor.barrelsPerTonne, 2)} bbl/t</span>
              <span className="factor-source">{factor.source}</span>
            </li>
          ))}
        </ul>
        <p className="factors-gravity">
          {overrides.shipments > 0
            ? `${formatInteger(overrides.shipments)} crude cargo${overrides.shipments === 1 ? '' : 'es'} (${formatInteger(overrides.tonnes)} t = ${formatInteger(overrides.barrels)} bbl) used their own API gravity: ${conversions.apiGravityFormula}.`
            : 'No cargo here used its own API gravity.'}
        </p>
      </div>
    </details>
  );
}
