import type { ReactNode } from 'react';
import { Skeleton } from '../../layout/states';
import { countryLabel } from '../../format/labels';
import {
  formatEffectiveSuppliers,
  formatHhi,
  formatInteger,
  formatPointChange,
  formatShare,
  formatSignedInteger,
  formatSignedNumber,
  formatSignedPercent,
  formatVolume,
  formatVolumeShort,
  type VolumeUnit,
} from '../../format/numbers';
import {
  bandOf,
  type Change,
  describeChange,
  HHI_BAND_LABELS,
  HHI_BAND_SHORT,
  type Kpis,
} from './overview-model';

function ChangeLine({ change, comparing }: { change: Change | null; comparing: boolean }) {
  if (!comparing) return null;
  if (!change) return <p className="kpi-change kpi-change-none">no data to compare</p>;
  if (change.direction === 'flat') return <p className="kpi-change tone-neutral">no change</p>;
  const arrow = change.direction === 'up' ? '▲' : '▼';
  const meaning = change.tone === 'good' ? ' (better)' : change.tone === 'bad' ? ' (worse)' : '';
  return (
    <p className={`kpi-change tone-${change.tone}`}>
      <span aria-hidden="true">{arrow}</span> {change.text}
      <span className="visually-hidden"> against the previous period{meaning}</span>
    </p>
  );
}

function Tile({
  label,
  value,
  title,
  detail,
  change,
  comparing,
  testId,
}: {
  label: string;
  value: ReactNode;
  title?: string;
  detail?: ReactNode;
  change: Change | null;
  comparing: boolean;
  testId: string;
}) {
  return (
    <div className="card kpi" data-kpi={testId}>
      <p className="kpi-label">{label}</p>
      <p className="kpi-value" title={title}>
        {value}
      </p>
      {detail ? <p className="kpi-detail">{detail}</p> : null}
      <ChangeLine change={change} comparing={comparing} />
    </div>
  );
}

interface KpiTilesProps {
  kpis: Kpis | null;
  unit: VolumeUnit;
  comparing: boolean;
}

/** Volume, shipments, suppliers, HHI with its band, effective suppliers and the share not paid in USD. */
export function KpiTiles({ kpis, unit, comparing }: KpiTilesProps) {
  if (!kpis) {
    return (
      <div className="kpi-grid">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={112} label="Loading figures" />
        ))}
      </div>
    );
  }
  const otherUnit: VolumeUnit = unit === 't' ? 'bbl' : 't';
  const band = kpis.hhi === null ? null : bandOf(kpis.hhi);
  return (
    <div className="kpi-grid">
      <Tile
        testId="volume"
        label="Volume"
        value={formatVolumeShort(kpis.volume, unit)}
        title={formatVolume(kpis.volume, unit)}
        detail={formatVolumeShort(kpis.otherUnitVolume, otherUnit)}
        change={describeChange(
          kpis.volumeChange,
          kpis.volumeChange === null ? '' : formatSignedPercent(kpis.volumeChange),
          null,
        )}
        comparing={comparing}
      />
      <Tile
        testId="shipments"
        label="Shipments"
        value={formatInteger(kpis.shipments)}
        detail="cargoes arrived"
        change={describeChange(
          kpis.shipmentsChange,
          kpis.shipmentsChange === null ? '' : formatSignedPercent(kpis.shipmentsChange),
          null,
        )}
        comparing={comparing}
      />
      <Tile
        testId="suppliers"
        label="Suppliers"
        value={formatInteger(kpis.suppliers)}
        detail={
          kpis.topSupplier
            ? `${countryLabel(kpis.topSupplier.key)} largest (${formatShare(kpis.topSupplier.share, 0)})`
            : 'none'
        }
        change={describeChange(
          kpis.suppliersChange,
          kpis.suppliersChange === null ? '' : formatSignedInteger(kpis.suppliersChange),
          true,
        )}
        comparing={comparing}
      />
      <Tile
        testId="hhi"
        label="Concentration (HHI)"
        value={
          kpis.hhi === null ? (
            '–'
          ) : (
            <>
              {formatHhi(kpis.hhi)}
              {band ? <span className={`band band-${band}`}>{HHI_BAND_SHORT[band]}</span> : null}
            </>
          )
        }
        title="Herfindahl-Hirschman index of supplier shares by volume, 0 to 10,000. Bands (US DOJ/FTC 2010): below 1,500 unconcentrated, 1,500 to 2,500 moderate, above 2,500 high."
        detail={band ? HHI_BAND_LABELS[band] : 'no shipments'}
        change={describeChange(
          kpis.hhiChange,
          kpis.hhiChange === null ? '' : formatSignedInteger(kpis.hhiChange),
          false,
        )}
        comparing={comparing}
      />
      <Tile
        testId="effective-suppliers"
        label="Effective suppliers"
        value={kpis.effectiveSuppliers === null ? '–' : formatEffectiveSuppliers(kpis.effectiveSuppliers)}
        title="10,000 / HHI: the number of equal-sized suppliers that would give the same concentration"
        detail="equal-sized suppliers"
        change={describeChange(
          kpis.effectiveSuppliersChange,
          kpis.effectiveSuppliersChange === null ? '' : formatSignedNumber(kpis.effectiveSuppliersChange, 1),
          true,
        )}
        comparing={comparing}
      />
      <Tile
        testId="non-usd"
        label="Not paid in USD"
        value={kpis.nonUsdShare === null ? '–' : formatShare(kpis.nonUsdShare)}
        title="Share of volume whose payment currency is recorded and is not the US dollar"
        detail={
          kpis.notRecordedShare > 0.0005
            ? `of volume · ${formatShare(kpis.notRecordedShare)} not recorded`
            : 'of volume'
        }
        change={describeChange(
          kpis.nonUsdShareChange,
          kpis.nonUsdShareChange === null ? '' : formatPointChange(kpis.nonUsdShareChange),
          null,
        )}
        comparing={comparing}
      />
    </div>
  );
}
