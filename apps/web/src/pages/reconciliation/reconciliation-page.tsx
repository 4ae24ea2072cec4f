import { OFFICIAL_HS_CODES, type ReconciliationRow } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { officialStatusQuery, reconciliationQuery } from '../../api/official-stats';
import { ChartCard } from '../../charts/chart-card';
import { ComparisonBarsChart } from '../../charts/comparison-bars-chart';
import { useChartsReady } from '../../charts/use-charts-ready';
import { Segmented } from '../../filters/segmented';
import { ALL_IMPORTERS } from '../../filters/dashboard-filters';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { commodityShortLabel, countryLabel } from '../../format/labels';
import { formatInteger, formatNumber } from '../../format/numbers';
import { ErrorState } from '../../layout/states';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { gapRowsTable, gapText, monthlyComparison } from './reconciliation-model';

const CHART_IDS = ['months', 'rows'] as const;
const OFFICIAL_COMMODITIES = [
  ...new Set(Object.values(OFFICIAL_HS_CODES).map((hs) => hs.commodity)),
] as string[];

/**
 * Cargo records against official statistics, per importer, partner, commodity and month, with the
 * large gaps flagged, for the importer of the filter bar. Page parameter beside the global filters:
 * `rows=all` (every row, not only the flagged gaps).
 */
export function ReconciliationPage() {
  const { filters, range, apiParams, importer: chosen } = useDashboardFilters();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = useQuery(officialStatusQuery);
  // The importer of the filter bar (the server's home country by default); all importers pooled on request.
  const importer = chosen === ALL_IMPORTERS ? null : chosen;
  const allRows = searchParams.get('rows') === 'all';
  const setParam = (name: string, value: string | null) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (value === null) params.delete(name);
      else params.set(name, value);
      return params;
    });

  const chosenCommodities = filters.commodity.filter((code) => OFFICIAL_COMMODITIES.includes(code));
  const noOfficialCommodity = filters.commodity.length > 0 && chosenCommodities.length === 0;
  const params = useMemo(() => {
    const next = new URLSearchParams();
    for (const name of ['from', 'to', 'origin']) {
      const value = apiParams.get(name);
      if (value) next.set(name, value);
    }
    if (chosenCommodities.length) next.set('commodity', chosenCommodities.join(','));
    const destination = apiParams.get('destination');
    if (destination) next.set('destination', destination);
    return next;
  }, [apiParams, chosenCommodities]);
  const reconciliation = useQuery({
    ...reconciliationQuery(params),
    enabled: !noOfficialCommodity,
  });
  const data = reconciliation.data;
  const monthly = useMemo(() => (data ? monthlyComparison(data) : null), [data]);
  const shownRows = useMemo(
    () => (data ? data.rows.filter((row) => allRows || row.flagged) : []),
    [data, allRows],
  );
  const rowsTable = useMemo(() => gapRowsTable(shownRows), [shownRows]);
  const version = data && !reconciliation.isFetching ? String(reconciliation.dataUpdatedAt) : null;
  const { ready, settle } = useChartsReady(CHART_IDS, version);
  const fileSuffix = range
    ? `${importer ?? 'all'}_${range.from}_${range.to}`
    : `${importer ?? 'all'}_all-time`;
  const thresholds = data?.thresholds;

  return (
    <div
      className={`page${reconciliation.isPlaceholderData ? ' is-updating' : ''}`}
      data-charts-ready={ready ? 'true' : 'false'}
    >
      <PageHeader
        title="Reconciliation"
        subtitle={`${describeFilters(filters, range, chosen)} · cargo records against official statistics`}
        aside={
          <div className="reconciliation-controls">
            <Segmented<'flagged' | 'all'>
              label="Rows"
              value={allRows ? 'all' : 'flagged'}
              options={[
                {
                  value: 'flagged',
                  label: 'Large gaps',
                  title: 'Only the rows whose gap passes both thresholds',
                },
                { value: 'all', label: 'All rows', title: 'Every importer, partner, commodity and month' },
              ]}
              onChange={(value) => setParam('rows', value === 'all' ? 'all' : null)}
            />
          </div>
        }
      />

      <p className="source-note is-official" data-testid="reconciliation-note">
        Delivered cargoes of crude oil and LPG by arrival month against the imported official statistics (UN
        Comtrade, reported by the importing country). Difference = cargo records minus official statistics, in
        % of the official figure.
        {thresholds
          ? ` A gap is flagged when it is more than ${formatInteger(thresholds.tonnes)} t and more than ${formatNumber(thresholds.percent, 0)}%.`
          : ''}
        {filters.currency.length || filters.mode.length
          ? ' The payment currency and transport mode filters do not apply here.'
          : ''}
      </p>

      {noOfficialCommodity ? (
        <div className="card">
          <ErrorState
            error={
              new Error(
                'Official statistics cover crude oil and LPG only: choose one of them, or all commodities.',
              )
            }
          />
        </div>
      ) : null}
      {status.isSuccess && status.data.flows === 0 ? (
        <div className="card">
          <p className="muted">
            No official statistics are stored yet: import a UN Comtrade+ CSV (POST /api/official-stats/import,
            see the README).
          </p>
        </div>
      ) : null}

      {data ? (
        <div className="kpi-grid kpi-grid-4">
          <div className="card kpi" data-kpi="cargo">
            <p className="kpi-label">Cargo records</p>
            <p className="kpi-value">{formatInteger(data.total.cargoTonnes)} t</p>
            <div className="kpi-detail">{formatInteger(data.total.cargoShipments)} delivered cargoes</div>
          </div>
          <div className="card kpi" data-kpi="official">
            <p className="kpi-label">Official statistics</p>
            <p className="kpi-value">{formatInteger(data.total.officialTonnes)} t</p>
            <div className="kpi-detail">as reported</div>
          </div>
          <div className="card kpi" data-kpi="difference">
            <p className="kpi-label">Difference</p>
            <p className="kpi-value">{gapText(data.total)}</p>
            <div className="kpi-detail">cargo records minus official statistics</div>
          </div>
          <div className="card kpi" data-kpi="flagged">
            <p className="kpi-label">Large gaps</p>
            <p className="kpi-value">{formatInteger(data.flaggedCount)}</p>
            <div className="kpi-detail">of {formatInteger(data.rows.length)} rows</div>
          </div>
        </div>
      ) : null}

      {reconciliation.isError && !data ? (
        <div className="card">
          <ErrorState error={reconciliation.error} onRetry={() => void reconciliation.refetch()} />
        </div>
      ) : null}

      <div className="grid">
        <ChartCard
          className="span-12"
          title="Cargo records and official statistics by month"
          subtitle={`tonnes${importer ? ` imported by ${countryLabel(importer)}` : ''}, every partner of the selection`}
          status={
            reconciliation.isPending ? 'loading' : (monthly?.labels.length ?? 0) === 0 ? 'empty' : 'ready'
          }
          emptyText="No cargo records or official statistics in this period."
          table={monthly?.table ?? null}
          fileSuffix={fileSuffix}
          height={300}
          onSettled={() => version && settle('months', version)}
        >
          {monthly ? (
            <ComparisonBarsChart
              labels={monthly.labels}
              first={{ label: 'Cargo records', values: monthly.cargo }}
              second={{ label: 'Official statistics', values: monthly.official }}
              unit="t"
              height={300}
              label="Paired bars per month: tonnes in the cargo records and in the official statistics"
              version={version ?? undefined}
              onDrawn={(drawn) => settle('months', drawn)}
            />
          ) : null}
        </ChartCard>

        <ChartCard
          className="span-12"
          title={allRows ? 'Every partner and month' : 'Large gaps by partner and month'}
          subtitle="newest first; a red row passes both thresholds"
          status={reconciliation.isPending ? 'loading' : shownRows.length === 0 ? 'empty' : 'ready'}
          emptyText={allRows ? 'Nothing to compare in this period.' : 'No large gaps in this period.'}
          table={rowsTable}
          fileSuffix={fileSuffix}
          onSettled={() => version && settle('rows', version)}
        >
          <GapRows rows={shownRows} onShown={() => version && settle('rows', version)} />
        </ChartCard>
      </div>
    </div>
  );
}

function GapRows({ rows, onShown }: { rows: ReconciliationRow[]; onShown: () => void }) {
  const newestFirst = useMemo(() => [...rows].reverse(), [rows]);
  // A table has nothing to draw: it is shown once it is rendered.
  useEffect(() => {
    onShown();
  });
  return (
    <div
      className="reconciliation-table-wrap"
      tabIndex={0}
      role="region"
      aria-label="Gap rows (scrolls sideways)"
    >
      <table className="reconciliation-table" data-testid="gap-rows">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Partner</th>
            <th scope="col">Commodity</th>
            <th scope="col" className="numeric">
              Difference
            </th>
            <th scope="col" className="numeric">
              Cargo records (t)
            </th>
            <th scope="col" className="numeric">
              Official (t)
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((row) => (
            <tr
              key={`${row.month}|${row.importer}|${row.partner}|${row.commodity}`}
              className={row.flagged ? 'is-flagged' : undefined}
              data-gap={row.flagged ? 'flagged' : 'ok'}
            >
              <th scope="row">{row.month.slice(0, 7)}</th>
              <td>{row.partnerName}</td>
              <td>{commodityShortLabel(row.commodity)}</td>
              <td className="numeric">
                {row.flagged ? <span className="gap-flag">{gapText(row)}</span> : gapText(row)}
              </td>
              <td className="numeric">{formatInteger(row.cargoTonnes)}</td>
              <td className="numeric">
                {formatInteger(row.officialTonnes)}
                {row.officialEstimated ? ' (est.)' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
