import type { BarrelConversions, ConcentrationBasis, HhiBand, HhiBandsInfo } from '@tradeflow/domain';
import { type ReactNode, useId } from 'react';
import { FactorsNote } from '../../charts/factors-note';
import {
  bandSetName,
  bandSetShortName,
  bandThresholdsText,
  HHI_BAND_LABELS,
  HHI_BAND_SHORT,
} from '../../format/bands';
import { KpiSkeletons } from '../../layout/states';
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
} from '../../format/numbers';
import { type DisplayUnit, formatInUnit, formatInUnitShort, isRateUnit } from '../../format/units';
import { type Change, describeChange, type Kpis } from './kpi-tiles-model';

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
  const labelId = useId();
  return (
    <div className="card kpi" data-kpi={testId} role="group" aria-labelledby={labelId}>
      <p className="kpi-label" id={labelId}>
        {label}
      </p>
      <p className="kpi-value" title={title}>
        {value}
      </p>
      {detail ? <div className="kpi-detail">{detail}</div> : null}
      <ChangeLine change={change} comparing={comparing} />
    </div>
  );
}

interface KpiTilesProps {
  kpis: Kpis | null;
  unit: DisplayUnit;
  comparing: boolean;
  /** The band of the HHI and the bands it was read against, as the API answered. */
  band: HhiBand | null;
  bands: HhiBandsInfo | null;
  basis: ConcentrationBasis;
  /** The factors behind the barrel figure of the volume tile. */
  conversions: BarrelConversions | null;
  /** Days the period covers (flow rates are averages over them). */
  days: number | null;
  /** Official statistics count monthly flows (importer, partner, HS code), not cargoes. */
  official?: boolean;
  /** Of the shipments, those not landed yet (contracted or in transit); null while unknown. */
  expectedShipments?: number | null;
}

/** What the shipments tile counts: landed cargoes, and how many of them are only expected. */
export function shipmentsDetail(shipments: number, expected: number | null | undefined): string {
  if (!expected) return 'cargoes arrived';
  const arrived = shipments - expected;
  return `${formatInteger(arrived)} arrived, ${formatInteger(expected)} still expected`;
}

/** Volume, shipments, suppliers, HHI with its band, effective suppliers and the share not paid in USD. */
export function KpiTiles({
  kpis,
  unit,
  comparing,
  band,
  bands,
  basis,
  conversions,
  days,
  official = false,
  expectedShipments,
}: KpiTilesProps) {
  if (!kpis) {
    return <KpiSkeletons count={6} />;
  }
  const rate = isRateUnit(unit);
  const basisWord = basis === 'value' ? 'USD value' : 'volume';
  return (
    <div className="kpi-grid">
      <Tile
        testId="volume"
        label={rate ? 'Average flow' : 'Volume'}
        value={kpis.volume === null ? '–' : formatInUnitShort(kpis.volume, unit)}
        title={kpis.volume === null ? undefined : formatInUnit(kpis.volume, unit)}
        detail={
          <>
            {kpis.otherUnitVolume === null ? '' : formatInUnitShort(kpis.otherUnitVolume, kpis.otherUnit)}
            {rate && days ? ` · over ${formatInteger(days)} days` : ''}
            <FactorsNote conversions={conversions} />
          </>
        }
        change={describeChange(
          kpis.volumeChange,
          kpis.volumeChange === null ? '' : formatSignedPercent(kpis.volumeChange),
          null,
        )}
        comparing={comparing}
      />
      <Tile
        testId="shipments"
        label={official ? 'Official records' : 'Shipments'}
        value={formatInteger(kpis.shipments)}
        detail={
          official
            ? 'monthly flows by partner and HS code'
            : shipmentsDetail(kpis.shipments, expectedShipments)
        }
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
        title={`Largest supplier's share of ${basisWord}`}
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
        title={`Herfindahl-Hirschman index of supplier shares by ${basisWord}, 0 to 10,000.${
          bands ? ` Bands of the ${bandSetName(bands)}: ${bandThresholdsText(bands)}.` : ''
        }`}
        detail={
          band ? (
            <>
              {HHI_BAND_LABELS[band]}
              {bands ? (
                <span className="kpi-bands" data-bands={bands.set} title={bandSetName(bands)}>
                  {' '}
                  · {bandSetShortName(bands)}
                </span>
              ) : null}
            </>
          ) : (
            'no shipments'
          )
        }
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
