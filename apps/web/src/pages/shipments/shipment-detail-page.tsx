import { COMMODITIES, type Shipment } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { shipmentHistoryQuery, shipmentQuery } from '../../api/shipments';
import { useCanWrite } from '../../auth/session-context';
import { colourFor } from '../../charts/palette';
import { formatDate } from '../../format/dates';
import { commodityLabel, countryLabel, STATUS_LABELS } from '../../format/labels';
import { formatAmount, formatNumber, formatVolume } from '../../format/numbers';
import { PageHeader } from '../../layout/page-header';
import { ErrorState, Skeleton } from '../../layout/states';
import { historyItems } from './history-model';
import { routeView } from './route-model';
import { SourcesPanel } from './sources-panel';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="detail-field" data-field={testId}>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </div>
  );
}

/** How the shipment's barrels were computed: its own API gravity, or the commodity's published factor. */
function FactorText({ shipment }: { shipment: Shipment }) {
  const published = COMMODITIES.find((commodity) => commodity.code === shipment.commodity);
  if (shipment.apiGravity !== null) {
    return (
      <>
        {formatNumber(shipment.barrelsPerTonne, 4)} bbl/t from its API gravity of{' '}
        {formatNumber(shipment.apiGravity, 2)}°
        {published
          ? ` (the published ${formatNumber(published.barrelsPerTonne, 2)} bbl/t does not apply)`
          : ''}
      </>
    );
  }
  return (
    <span title={published?.factorSource}>
      {formatNumber(shipment.barrelsPerTonne, 2)} bbl/t, the published factor for{' '}
      {commodityLabel(shipment.commodity).toLowerCase()} (bp Statistical Review)
    </span>
  );
}

function RouteCard({ shipment }: { shipment: Shipment }) {
  const route = routeView(shipment);
  return (
    <section className="card detail-card" aria-labelledby="route-title">
      <header className="card-head">
        <div className="card-titles">
          <h2 id="route-title" className="card-title">
            Route
          </h2>
          <p className="card-subtitle">
            {route.fromLegs
              ? 'as recorded leg by leg'
              : 'from the transport mode and transit countries (no legs recorded)'}
          </p>
        </div>
      </header>
      <div className="card-body">
        <ol className="route-chain" aria-label="Route, stop by stop">
          {route.stops.map((stop, i) => {
            const hop = route.hops[i];
            return (
              <li key={`${stop.country}-${i}`} className={`route-stop route-${stop.role}`}>
                <span className="route-country">
                  {stop.role === 'origin' ? (
                    <span
                      className="swatch"
                      style={{ background: colourFor('origin', stop.country) }}
                      aria-hidden="true"
                    />
                  ) : null}
                  {stop.name}
                </span>
                <span className="route-role">
                  {stop.role === 'origin'
                    ? 'origin'
                    : stop.role === 'destination'
                      ? 'destination'
                      : 'transit'}
                  {stop.port ? ` · ${stop.port}` : ''}
                </span>
                {hop ? (
                  <span className="route-hop">
                    <span aria-hidden="true">→</span> by {hop.modeName.toLowerCase()}
                    {hop.via.length ? ` via ${hop.via.map(countryLabel).join(', ')}` : ''}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
        <dl className="detail-grid">
          <Field label="Load port" testId="load-port">
            {shipment.loadPort ? route.stops[0]?.port : null}
          </Field>
          <Field label="Ship-to-ship transfer point" testId="sts">
            {shipment.stsTransferPoint}
          </Field>
          <Field label="Transit countries (not the origin)" testId="transit">
            {route.transitCountries.length ? route.transitCountries.map(countryLabel).join(', ') : null}
          </Field>
          <Field label="Discharge port" testId="discharge-port">
            {shipment.dischargePort ? route.stops[route.stops.length - 1]?.port : null}
          </Field>
        </dl>
        {shipment.legs?.length ? (
          <div className="table-scroll">
            <table className="data-table legs-table">
              <caption className="visually-hidden">Legs of the route</caption>
              <thead>
                <tr>
                  <th scope="col">Leg</th>
                  <th scope="col">Mode</th>
                  <th scope="col">From</th>
                  <th scope="col">Via</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {shipment.legs.map((leg, i) => (
                  <tr key={i}>
                    <th scope="row">{i + 1}</th>
                    <td>{route.hops[i]?.modeName}</td>
                    <td>{countryLabel(leg.from)}</td>
                    <td>{leg.via?.length ? leg.via.map(countryLabel).join(', ') : '—'}</td>
                    <td>{countryLabel(leg.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function HistoryCard({ id }: { id: string }) {
  const history = useQuery(shipmentHistoryQuery(id));
  const items = history.data ? historyItems(history.data) : [];
  return (
    <section className="card detail-card" aria-labelledby="history-title">
      <header className="card-head">
        <div className="card-titles">
          <h2 id="history-title" className="card-title">
            History
          </h2>
          <p className="card-subtitle">every recorded change: who, when, before and after</p>
        </div>
      </header>
      <div className="card-body">
        {history.isPending ? (
          <Skeleton height={80} label="Loading the history" />
        ) : history.isError ? (
          <ErrorState error={history.error} onRetry={() => void history.refetch()} />
        ) : items.length === 0 ? (
          <p className="muted">
            No changes recorded since it was loaded (sample data and imports before the audit trail have
            none).
          </p>
        ) : (
          <ol className="history-list">
            {items.map((item) => (
              <li key={item.id} className="history-item">
                <p className="history-head">
                  <strong>{item.what}</strong> by {item.who} <span className="muted">· {item.when}</span>
                </p>
                {item.changes.length ? (
                  <ul className="history-changes">
                    {item.changes.map((change) => (
                      <li key={change.field}>
                        {change.field}: <del>{change.before}</del> → <ins>{change.after}</ins>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

/** One shipment: its figures, its route leg by leg, its sources and its history. */
export function ShipmentDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const canWrite = useCanWrite();
  const shipment = useQuery(shipmentQuery(id));
  const from = (location.state as { from?: string } | null)?.from ?? `/shipments${location.search}`;
  const data = shipment.data;

  return (
    <div className="page page-narrow">
      <PageHeader
        title={data ? data.reference : 'Shipment'}
        subtitle={
          data
            ? `${commodityLabel(data.commodity)} from ${countryLabel(data.originCountry)}, ${
                data.status === 'delivered' ? 'arrived' : 'expected'
              } ${formatDate(data.arrivalDate)}`
            : undefined
        }
        aside={
          <div className="header-actions">
            <Link to={from}>All shipments</Link>
            {canWrite && data ? (
              <Link
                className="button button-secondary"
                to={`/shipments/${data.id}/edit${location.search}`}
                state={{ from: `${location.pathname}${location.search}` }}
              >
                Edit
              </Link>
            ) : null}
          </div>
        }
      />
      {shipment.isPending ? (
        <Skeleton height={360} label="Loading the shipment" />
      ) : shipment.isError || !data ? (
        <div className="card">
          <ErrorState error={shipment.error} onRetry={() => void shipment.refetch()} />
        </div>
      ) : (
        <>
          <section className="card detail-card" aria-labelledby="cargo-title">
            <header className="card-head">
              <div className="card-titles">
                <h2 id="cargo-title" className="card-title">
                  Cargo
                </h2>
              </div>
              <span className={`pill pill-${data.status}`}>{STATUS_LABELS[data.status]}</span>
            </header>
            <div className="card-body">
              <dl className="detail-grid">
                <Field label="Volume" testId="volume">
                  <span className="detail-volume">{formatVolume(data.volumeTonnes, 't')}</span> ={' '}
                  {formatVolume(data.volumeBarrels, 'bbl')}
                </Field>
                <Field label="Conversion" testId="factor">
                  <FactorText shipment={data} />
                </Field>
                <Field label="Value">
                  {data.valueAmount !== null && data.paymentCurrency
                    ? formatAmount(data.valueAmount, data.paymentCurrency)
                    : null}
                </Field>
                <Field label="Origin">{countryLabel(data.originCountry)}</Field>
                <Field label="Contract · departure · arrival">
                  {[data.contractDate, data.departureDate, data.arrivalDate]
                    .map((date) => (date ? formatDate(date) : '—'))
                    .join(' · ')}
                </Field>
                <Field label="Vessel">
                  {data.vesselName || data.vesselImo
                    ? [data.vesselName, data.vesselImo ? `IMO ${data.vesselImo}` : null]
                        .filter(Boolean)
                        .join(' · ')
                    : null}
                </Field>
                <Field label="Importer">{data.importer}</Field>
                {data.commodity === 'crude_oil' ? (
                  <Field label="API gravity">
                    {data.apiGravity === null ? null : `${formatNumber(data.apiGravity, 2)}°`}
                  </Field>
                ) : null}
              </dl>
              {data.notes ? <p className="detail-notes">{data.notes}</p> : null}
            </div>
          </section>
          <RouteCard shipment={data} />
          <SourcesPanel shipment={data} canWrite={canWrite} />
          <HistoryCard id={data.id} />
        </>
      )}
    </div>
  );
}
