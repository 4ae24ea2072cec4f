import { sharePercent } from '@tradeflow/domain';
import { Link } from 'react-router-dom';
import type { TableModel } from '../../charts/table-model';
import { roundTo } from '../../charts/series';
import { bandSetName, bandThresholdsText, HHI_BAND_LABELS, HHI_BAND_SHORT } from '../../format/bands';
import { formatHhi, formatInteger, formatNumber, formatShare } from '../../format/numbers';
import { countryLabel } from '../../format/labels';
import { type ConcentrationFigures, riskDefaultsText } from './concentration-card-model';

const share = (value: number | null) => (value === null ? '–' : formatShare(value));

function signedHhi(value: number): string {
  const text = formatNumber(value, 1);
  return value > 0 && text !== '0.0' ? `+${text}` : text;
}

/** The card's figures as a table: its "show as table" view and CSV. */
export function concentrationFiguresTable(figures: ConcentrationFigures, topKey: string | null): TableModel {
  const pct = (value: number | null) => (value === null ? null : sharePercent(value));
  return {
    columns: [
      { key: 'measure', label: 'Measure' },
      { key: 'value', label: 'Value' },
    ],
    rows: [
      ['Basis', figures.basis === 'value' ? 'USD value' : 'volume (tonnes)'],
      ['HHI (0-10,000)', figures.hhi === null ? null : roundTo(figures.hhi, 1)],
      [
        'Risk-weighted HHI (IEA ESMC: sum of risk x (100 x share)^2)',
        figures.riskWeightedHhi === null ? null : roundTo(figures.riskWeightedHhi, 1),
      ],
      ['Risk scores', figures.riskWeighting ? riskDefaultsText(figures.riskWeighting) : null],
      ['Band', figures.band ? HHI_BAND_LABELS[figures.band] : null],
      ['Bands', bandSetName(figures.bands)],
      [
        'Change against the previous period',
        figures.hhiChange === null ? null : roundTo(figures.hhiChange, 1),
      ],
      ['Significant rise', figures.hhiChange === null ? null : figures.significantRise ? 'yes' : 'no'],
      ['Largest supplier', topKey ? countryLabel(topKey) : null],
      ['Largest supplier share (%)', pct(figures.topShare)],
      ['Top 3 share (%)', pct(figures.top3Share)],
      [`${figures.regionGroup.name} share (%)`, pct(figures.regionGroupShare)],
      [
        'Normalised HHI (WITS, 0-1)',
        figures.normalisedHhi === null ? null : roundTo(figures.normalisedHhi, 4),
      ],
      ['Suppliers', figures.suppliers],
      ['Shipments without an fx rate', figures.basis === 'value' ? figures.shipmentsWithoutFxRate : null],
    ],
  };
}

/**
 * Everything read beside the HHI: its band under the named guidelines, the change against the
 * previous period (flagged when significant), top-1 and top-3 share, the region group's share, the
 * WITS-normalised HHI and the number of suppliers.
 */
export function ConcentrationFiguresView({
  figures,
  topKey,
  comparing,
}: {
  figures: ConcentrationFigures;
  topKey: string | null;
  comparing: boolean;
}) {
  const { bands } = figures;
  return (
    <div className="concentration-figures">
      <dl className="figure-list">
        <div data-figure="hhi">
          <dt>HHI</dt>
          <dd>
            {figures.hhi === null ? '–' : formatHhi(figures.hhi)}{' '}
            {figures.band ? (
              <span className={`band band-${figures.band}`}>{HHI_BAND_SHORT[figures.band]}</span>
            ) : null}
          </dd>
        </div>
        <div data-figure="risk-weighted">
          <dt
            title={
              figures.riskWeighting
                ? `${figures.riskWeighting.formula}. Source: ${figures.riskWeighting.source}`
                : undefined
            }
          >
            Risk-weighted HHI
          </dt>
          <dd>{figures.riskWeightedHhi === null ? '–' : formatHhi(figures.riskWeightedHhi)}</dd>
        </div>
        <div data-figure="change">
          <dt>Change against the previous period</dt>
          <dd>
            {figures.hhiChange === null ? (
              <span className="muted">{comparing ? 'no data to compare' : 'choose a bounded period'}</span>
            ) : (
              <>
                {signedHhi(figures.hhiChange)}{' '}
                {figures.significantRise ? (
                  <span
                    className="pill pill-alert"
                    title={`A rise of more than ${bands.thresholds.significantChange} points`}
                  >
                    significant rise
                  </span>
                ) : (
                  <span className="muted">{figures.hhiChange > 0 ? 'not significant' : 'no rise'}</span>
                )}
              </>
            )}
          </dd>
        </div>
        <div data-figure="top1">
          <dt>Largest supplier{topKey ? ` (${countryLabel(topKey)})` : ''}</dt>
          <dd>{share(figures.topShare)}</dd>
        </div>
        <div data-figure="top3">
          <dt>Top 3 suppliers</dt>
          <dd>{share(figures.top3Share)}</dd>
        </div>
        <div data-figure="region-group">
          <dt title={figures.regionGroup.name}>{figures.regionGroup.code} share</dt>
          <dd>{share(figures.regionGroupShare)}</dd>
        </div>
        <div data-figure="normalised">
          <dt title="(HHI/10,000 − 1/n) / (1 − 1/n) over n suppliers, as the World Bank's WITS publishes it">
            Normalised HHI (WITS)
          </dt>
          <dd>{figures.normalisedHhi === null ? '–' : formatNumber(figures.normalisedHhi, 3)}</dd>
        </div>
        <div data-figure="suppliers">
          <dt>Suppliers</dt>
          <dd>{formatInteger(figures.suppliers)}</dd>
        </div>
      </dl>
      <p className="bands-note" data-bands={bands.set}>
        Bands: <strong>{bandSetName(bands)}</strong> — {bandThresholdsText(bands)}.
      </p>
      {figures.riskWeighting ? (
        <p className="bands-note" data-testid="risk-note">
          Risk-weighted HHI = Σ r<sub>i</sub> × (100 × s<sub>i</sub>)², each supplier&apos;s share weighted by
          its supply-risk score r (0–1), after the IEA&apos;s ESMC approach. Scores:{' '}
          <Link to="/risk-scores">{riskDefaultsText(figures.riskWeighting)}</Link>.
        </p>
      ) : null}
    </div>
  );
}
