import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { flowsQuery } from '../../api/analytics';
import { ChartCard } from '../../charts/chart-card';
import { FactorsNote } from '../../charts/factors-note';
import { SankeyChart } from '../../charts/sankey-chart';
import { useChartsReady } from '../../charts/use-charts-ready';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { formatInteger, formatShare, formatVolume, formatVolumeShort } from '../../format/numbers';
import { baseUnit } from '../../format/units';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { PHONE_QUERY, useMediaQuery } from '../../layout/use-media-query';
import { ErrorState, KpiSkeletons } from '../../layout/states';
import { flowsModel } from './flows-model';

const CHART_IDS = ['flows'] as const;
const SANKEY_COLUMNS = ['Origins', 'Routes', 'Discharge ports'];

/** Where the imports come from, how they travel and where they land, with a way to their shipments. */
export function FlowsPage() {
  const { filters, range, apiParams, importer } = useDashboardFilters();
  const navigate = useNavigate();
  const unit = baseUnit(filters.units);
  const diagram = useQuery(flowsQuery(apiParams));
  const phone = useMediaQuery(PHONE_QUERY);
  const model = useMemo(
    () => (diagram.data ? flowsModel(diagram.data, unit, filters, phone) : null),
    [diagram.data, unit, filters, phone],
  );
  const [hovered, setHovered] = useState<number | null>(null);
  const settled = (diagram.isSuccess || diagram.isError) && !diagram.isFetching;
  const version = settled ? String(diagram.dataUpdatedAt) : null;
  const { ready, settle } = useChartsReady(CHART_IDS, version);

  const data = diagram.data;
  const empty = data?.shipmentCount === 0;
  const fileSuffix = range ? `${range.from}_${range.to}` : 'all-time';
  const total = data ? (unit === 't' ? data.totalTonnes : data.totalBarrels) : 0;
  const counts = data
    ? {
        origins: data.nodes.filter((node) => node.column === 'origin').length,
        routes: data.nodes.filter((node) => node.column === 'route').length,
        ports: data.nodes.filter((node) => node.column === 'port' && node.key !== 'none').length,
      }
    : null;
  const hoveredRow = hovered === null ? null : (model?.rows[hovered] ?? null);
  const height = Math.max(phone ? 420 : 380, (model?.maxColumnNodes ?? 0) * (phone ? 70 : 56) + 80);

  return (
    <div
      className={`page${diagram.isPlaceholderData ? ' is-updating' : ''}`}
      data-charts-ready={ready ? 'true' : 'false'}
    >
      <PageHeader
        title="Flows: origin → route → discharge port"
        subtitle={describeFilters(filters, range, importer)}
      />

      {diagram.isError && !data ? (
        <div className="card">
          <ErrorState error={diagram.error} onRetry={() => void diagram.refetch()} />
        </div>
      ) : !data || !counts ? (
        <KpiSkeletons count={4} height={96} />
      ) : (
        <div className="kpi-grid kpi-grid-4">
          <div className="card kpi" data-kpi="flow-volume">
            <p className="kpi-label">Volume</p>
            <p className="kpi-value" title={formatVolume(total, unit)}>
              {formatVolumeShort(total, unit)}
            </p>
            <div className="kpi-detail">
              {formatVolumeShort(
                unit === 't' ? data.totalBarrels : data.totalTonnes,
                unit === 't' ? 'bbl' : 't',
              )}
              <FactorsNote conversions={data.conversions} />
            </div>
          </div>
          <div className="card kpi" data-kpi="flow-shipments">
            <p className="kpi-label">Shipments</p>
            <p className="kpi-value">{formatInteger(data.shipmentCount)}</p>
            <div className="kpi-detail">in {formatInteger(data.links.length)} flows</div>
          </div>
          <div className="card kpi">
            <p className="kpi-label">Origins and routes</p>
            <p className="kpi-value">
              {formatInteger(counts.origins)} · {formatInteger(counts.routes)}
            </p>
            <div className="kpi-detail">supplier countries · routes</div>
          </div>
          <div className="card kpi">
            <p className="kpi-label">Discharge ports</p>
            <p className="kpi-value">{formatInteger(counts.ports)}</p>
            <div className="kpi-detail">
              {data.nodes.some((node) => node.key === 'none' && node.column === 'port')
                ? 'plus overland cargoes with no port'
                : 'ports of arrival'}
            </div>
          </div>
        </div>
      )}

      <ChartCard
        title="Flow diagram"
        subtitle={`${unit === 't' ? 'tonnes' : 'barrels'} from each origin by route to each discharge port; a band's width is its volume. Click a flow (or a row of the table) to list its shipments.`}
        status={
          diagram.isPending ? 'loading' : diagram.isError && !data ? 'error' : empty ? 'empty' : 'ready'
        }
        error={diagram.error}
        onRetry={() => void diagram.refetch()}
        table={model?.table ?? null}
        fileSuffix={fileSuffix}
        height={height}
        onSettled={() => version && settle('flows', version)}
      >
        {model ? (
          <>
            <SankeyChart
              flows={model.flows}
              labels={model.labels}
              names={model.names}
              colours={model.colours}
              columns={model.columns}
              columnNames={SANKEY_COLUMNS}
              priority={model.priority}
              unit={unit}
              height={height}
              label="Sankey diagram of volume from origin countries by route to discharge ports"
              onHover={setHovered}
              onFlowClick={(index) => {
                const row = model.rows[index];
                if (row) navigate(row.href);
              }}
              version={version ?? undefined}
              onDrawn={(drawn) => settle('flows', drawn)}
            />
            <p
              className="flow-hint"
              role="status"
              aria-live="polite"
              data-hovered-flow={hoveredRow ? hoveredRow.index : ''}
            >
              {hoveredRow ? (
                <>
                  <strong>
                    {hoveredRow.fromLabel} → {hoveredRow.toLabel}
                  </strong>
                  : {formatVolume(hoveredRow.volume, unit)} ({formatShare(hoveredRow.share)}) in{' '}
                  {formatInteger(hoveredRow.shipments)} shipment{hoveredRow.shipments === 1 ? '' : 's'} ·
                  click to list them
                </>
              ) : (
                'Point at a flow to read it; click it to list its shipments.'
              )}
            </p>
          </>
        ) : null}
      </ChartCard>

      {model && model.rows.length ? (
        <section className="card" aria-labelledby="flow-list-title">
          <header className="card-head">
            <div className="card-titles">
              <h2 id="flow-list-title" className="card-title">
                Largest flows
              </h2>
              <p className="card-subtitle">each links to its shipments</p>
            </div>
          </header>
          <ol className="flow-list">
            {model.rows.slice(0, 8).map((row) => (
              <li key={row.index}>
                <Link to={row.href}>
                  <span
                    className="swatch"
                    style={{ background: model.colours[model.flows[row.index]?.from ?? ''] }}
                    aria-hidden="true"
                  />
                  {row.fromLabel} → {row.toLabel}
                </Link>
                <span className="flow-list-figures">
                  {formatVolumeShort(row.volume, unit)} · {formatInteger(row.shipments)} shipment
                  {row.shipments === 1 ? '' : 's'}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
