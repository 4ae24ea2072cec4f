import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { benchmarksQuery, pricesQuery } from '../../api/prices';
import { ChartCard } from '../../charts/chart-card';
import { PriceLinesChart } from '../../charts/price-lines-chart';
import { useChartsReady } from '../../charts/use-charts-ready';
import { Segmented } from '../../filters/segmented';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { periodLabels } from '../../format/dates';
import { PRICE_BASIS_LABELS } from '../../format/labels';
import { formatInteger } from '../../format/numbers';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { ErrorState } from '../../layout/states';
import {
  discountRows,
  discountTable,
  formatSignedPercent,
  formatSignedUsd,
  formatUsdPerBarrel,
  priceGranularity,
  priceLines,
  priceLinesTable,
  pricesParams,
  readPricesState,
  writePricesState,
  type DiscountRow,
} from './prices-model';

const CHART_IDS = ['lines', 'discounts'] as const;

/**
 * Landed prices by origin against a benchmark, and the discount or premium of each origin. Page
 * parameters beside the global filters: `benchmark` (BRENT by default) and `match=loading`.
 */
export function PricesPage() {
  const { filters, range, apiParams, importer } = useDashboardFilters();
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readPricesState(searchParams);
  const granularity = priceGranularity(filters.granularity);
  const benchmarks = useQuery(benchmarksQuery);
  const { benchmark, match } = state;
  const params = useMemo(
    () => pricesParams(apiParams, granularity, { benchmark, match }),
    [apiParams, granularity, benchmark, match],
  );
  const prices = useQuery(pricesQuery(params));
  const data = prices.data;
  const labels = useMemo(
    () => (data ? periodLabels(data.buckets, data.labels, granularity) : []),
    [data, granularity],
  );
  const lines = useMemo(() => (data ? priceLines(data) : []), [data]);
  const linesTable = useMemo(() => (data ? priceLinesTable(data, labels) : null), [data, labels]);
  const rows = useMemo(() => (data ? discountRows(data) : []), [data]);
  const rowsTable = useMemo(() => (data ? discountTable(data, labels) : null), [data, labels]);
  const version = data && !prices.isFetching ? String(prices.dataUpdatedAt) : null;
  const { ready, settle } = useChartsReady(CHART_IDS, version);
  const fileSuffix = `${state.benchmark}_${range ? `${range.from}_${range.to}` : 'all-time'}`;
  const benchmarkName = data?.benchmark?.name ?? state.benchmark;
  const chosen = benchmarks.data?.find((benchmark) => benchmark.code === state.benchmark);
  const commodities = filters.commodity.length ? filters.commodity : ['crude_oil'];
  const total = data?.all.total;
  const setState = (patch: Partial<typeof state>) =>
    setSearchParams((current) => writePricesState(current, { ...readPricesState(current), ...patch }));

  return (
    <div
      className={`page${prices.isPlaceholderData ? ' is-updating' : ''}`}
      data-charts-ready={ready ? 'true' : 'false'}
    >
      <PageHeader
        title="Prices"
        subtitle={`${describeFilters({ ...filters, commodity: commodities }, range, importer)} · landed prices against ${benchmarkName}`}
        aside={
          <div className="prices-controls">
            <label className="field">
              <span className="field-label">Benchmark</span>
              <select
                className="input"
                value={state.benchmark}
                onChange={(event) => setState({ benchmark: event.target.value })}
                data-testid="benchmark-choice"
              >
                {(benchmarks.data ?? [{ code: state.benchmark, name: state.benchmark, priceCount: 0 }]).map(
                  (benchmark) => (
                    <option key={benchmark.code} value={benchmark.code}>
                      {benchmark.name}
                      {benchmark.priceCount === 0 ? ' (no prices)' : ''}
                    </option>
                  ),
                )}
              </select>
            </label>
            <Segmented<'arrival' | 'loading'>
              label="Compare by"
              value={state.match}
              options={[
                {
                  value: 'arrival',
                  label: 'Arrival month',
                  title: 'The benchmark of the month each cargo arrived',
                },
                {
                  value: 'loading',
                  label: 'Loading month',
                  title: 'The benchmark of the month each cargo was loaded',
                },
              ]}
              onChange={(match) => setState({ match })}
            />
          </div>
        }
      />

      <p className="source-note" data-testid="prices-note">
        Landed price = USD value ÷ volume of the cargoes that have a USD value, weighted by volume
        {filters.commodity.length ? '' : ' (crude oil only: the benchmarks are crude prices)'}. Each cargo is
        compared with {benchmarkName} in the month it {state.match === 'loading' ? 'was loaded' : 'arrived'};
        a month without a {benchmarkName} price is shown as missing, not as zero.
        {filters.granularity === 'day' || filters.granularity === 'week'
          ? ' Benchmarks are monthly: shown by month.'
          : ''}
        {total && total.shipmentsWithoutValue > 0
          ? ` ${formatInteger(total.shipmentsWithoutValue)} of ${formatInteger(total.shipments)} cargoes have no USD value (no value or no fx rate) and are left out.`
          : ''}
        {chosen?.note ? ` ${benchmarkName}: ${chosen.note}` : ''}
        {` Delivery terms differ (${Object.entries(PRICE_BASIS_LABELS)
          .filter(([code]) => code !== 'unknown')
          .map(([code]) => code)
          .join(', ')}): compare like with like where the price basis is recorded.`}
      </p>

      {prices.isError && !data ? (
        <div className="card">
          <ErrorState error={prices.error} onRetry={() => void prices.refetch()} />
        </div>
      ) : null}

      <div className="grid">
        <ChartCard
          className="span-12"
          title={`Landed price by origin against ${benchmarkName}`}
          subtitle={`USD per barrel; ${benchmarkName} dashed, gaps where there is no price`}
          status={
            prices.isPending ? 'loading' : prices.isError ? 'error' : lines.length === 0 ? 'empty' : 'ready'
          }
          error={prices.error}
          emptyText="No cargo with a USD value matches these filters."
          table={linesTable}
          fileSuffix={fileSuffix}
          height={320}
          onSettled={() => version && settle('lines', version)}
        >
          <PriceLinesChart
            labels={labels}
            lines={lines}
            label={`Lines of USD per barrel per period, one per origin, and ${benchmarkName} dashed`}
            height={320}
            version={version ?? undefined}
            onDrawn={(drawn) => settle('lines', drawn)}
          />
        </ChartCard>

        <ChartCard
          className="span-12"
          title={`Discount or premium against ${benchmarkName}`}
          subtitle="over the whole period, per origin; the table view and CSV give every period"
          status={
            prices.isPending ? 'loading' : prices.isError ? 'error' : rows.length === 0 ? 'empty' : 'ready'
          }
          error={prices.error}
          emptyText="No cargoes match these filters."
          table={rowsTable}
          fileSuffix={fileSuffix}
          onSettled={() => version && settle('discounts', version)}
        >
          <DiscountRows
            rows={rows}
            benchmarkName={benchmarkName}
            onShown={() => version && settle('discounts', version)}
          />
        </ChartCard>
      </div>
    </div>
  );
}

function DiscountRows({
  rows,
  benchmarkName,
  onShown,
}: {
  rows: DiscountRow[];
  benchmarkName: string;
  onShown: () => void;
}) {
  // A table has nothing to draw: it is shown once it is rendered.
  useEffect(() => {
    onShown();
  });
  return (
    <div
      className="reconciliation-table-wrap"
      tabIndex={0}
      role="region"
      aria-label="Discounts by origin (scrolls sideways)"
    >
      <table className="reconciliation-table" data-testid="discount-rows">
        <thead>
          <tr>
            <th scope="col">Origin</th>
            <th scope="col" className="numeric">
              Landed price
            </th>
            <th scope="col" className="numeric">
              {benchmarkName}
            </th>
            <th scope="col" className="numeric">
              Discount (−) or premium
            </th>
            <th scope="col" className="numeric">
              Cargoes
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ origin, label, point }) => (
            <tr key={origin} data-origin={origin}>
              <th scope="row">{label}</th>
              <td className="numeric">{formatUsdPerBarrel(point.usdPerBarrel)}</td>
              <td className="numeric">{formatUsdPerBarrel(point.benchmarkUsdPerBarrel)}</td>
              <td className="numeric" data-discount={point.discountUsdPerBarrel ?? 'missing'}>
                {point.discountUsdPerBarrel === null
                  ? 'missing'
                  : `${formatSignedUsd(point.discountUsdPerBarrel)} (${formatSignedPercent(point.discountPercent)})`}
              </td>
              <td className="numeric">
                {formatInteger(point.shipments)}
                {point.shipmentsWithoutValue || point.unmatchedShipments ? (
                  <span className="muted">
                    {point.shipmentsWithoutValue
                      ? ` · ${formatInteger(point.shipmentsWithoutValue)} without value`
                      : ''}
                    {point.unmatchedShipments
                      ? ` · ${formatInteger(point.unmatchedShipments)} without ${benchmarkName}`
                      : ''}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
