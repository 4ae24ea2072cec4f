import type { TimeseriesMetric } from '@tradeflow/domain';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { concentrationQuery, summaryQuery, timeseriesQuery } from '../../api/analytics';
import { type CardStatus, ChartCard } from '../../charts/chart-card';
import { ConcentrationChart } from '../../charts/concentration-chart';
import { ShareBarsChart } from '../../charts/share-bars-chart';
import { useChartsReady } from '../../charts/use-charts-ready';
import { StackedBarChart } from '../../charts/volume-chart';
import { apiFilterParams } from '../../filters/dashboard-filters';
import { previousPeriod } from '../../filters/date-ranges';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { Segmented } from '../../filters/segmented';
import { formatRange } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { EmptyState, ErrorState } from '../../layout/states';
import { PageHeader, describeFilters } from '../../layout/page-header';
import { KpiTiles } from './kpi-tiles';
import {
  computeKpis,
  concentrationModel,
  groupBarsModel,
  shareMixModel,
  stackedVolumeModel,
  topSuppliers,
} from './overview-model';
import { TopSuppliersTable } from './top-suppliers';

const CHART_IDS = ['volume', 'concentration', 'currency', 'route'] as const;

const GRANULARITY_WORD = { month: 'Monthly', quarter: 'Quarterly', year: 'Yearly' } as const;

function statusOf(query: UseQueryResult, isEmpty: boolean): CardStatus {
  if (query.isPending) return 'loading';
  if (query.isError && !query.data) return 'error';
  return isEmpty ? 'empty' : 'ready';
}

export function OverviewPage() {
  const { filters, range, comparable, apiParams } = useDashboardFilters();
  const { granularity, units } = filters;
  const [currencyBasis, setCurrencyBasis] = useState<'tonnes' | 'valueUsd'>('tonnes');
  const previous = comparable ? previousPeriod(comparable) : null;
  const previousParams = useMemo(
    () =>
      previous
        ? apiFilterParams({ ...filters, range: 'custom', ...previous }, previous)
        : new URLSearchParams(),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters, previous?.from, previous?.to],
  );
  const metric: TimeseriesMetric = units === 't' ? 'tonnes' : 'barrels';

  const origins = useQuery(summaryQuery(apiParams, 'origin'));
  const currencies = useQuery(summaryQuery(apiParams, 'currency'));
  const routes = useQuery(summaryQuery(apiParams, 'route'));
  const previousOrigins = useQuery(summaryQuery(previousParams, 'origin', previous !== null));
  const previousCurrencies = useQuery(summaryQuery(previousParams, 'currency', previous !== null));
  const volume = useQuery(timeseriesQuery(apiParams, granularity, 'origin', metric));
  const concentration = useQuery(concentrationQuery(apiParams, granularity, 'origin'));
  const currencyMix = useQuery(timeseriesQuery(apiParams, granularity, 'currency', currencyBasis));

  const comparing = previous !== null;
  const kpis = useMemo(
    () =>
      origins.data && currencies.data
        ? computeKpis(
            origins.data,
            currencies.data,
            units,
            comparing ? previousOrigins.data : undefined,
            comparing ? previousCurrencies.data : undefined,
          )
        : null,
    [origins.data, currencies.data, previousOrigins.data, previousCurrencies.data, units, comparing],
  );
  const volumeModel = useMemo(
    () => (volume.data ? stackedVolumeModel(volume.data, granularity, units) : null),
    [volume.data, granularity, units],
  );
  const concentrationChart = useMemo(
    () => (concentration.data ? concentrationModel(concentration.data, granularity) : null),
    [concentration.data, granularity],
  );
  const currencyModel = useMemo(
    () => (currencyMix.data ? shareMixModel(currencyMix.data, granularity, 'currency') : null),
    [currencyMix.data, granularity],
  );
  const routeModel = useMemo(
    () => (routes.data ? groupBarsModel(routes.data, units, 'route') : null),
    [routes.data, units],
  );
  const suppliers = useMemo(
    () =>
      origins.data ? topSuppliers(origins.data, units, comparing ? previousOrigins.data : undefined) : null,
    [origins.data, units, previousOrigins.data, comparing],
  );

  const chartQueries = [volume, concentration, currencyMix, routes];
  const allQueries = [origins, currencies, ...chartQueries];
  const settledData = allQueries.every((query) => (query.isSuccess || query.isError) && !query.isFetching);
  const version = settledData ? allQueries.map((query) => query.dataUpdatedAt).join('.') : null;
  const { ready, settle } = useChartsReady(CHART_IDS, version);

  const empty = origins.data?.shipmentCount === 0;
  const fileSuffix = range ? `${range.from}_${range.to}` : 'all-time';
  const updating = allQueries.some((query) => query.isPlaceholderData);
  const unitWord = units === 't' ? 'tonnes' : 'barrels';

  return (
    <div className={`page${updating ? ' is-updating' : ''}`} data-charts-ready={ready ? 'true' : 'false'}>
      <PageHeader
        title="Import diversification"
        subtitle={describeFilters(filters, range)}
        aside={
          comparing && previous ? (
            <span className="muted">Changes against {formatRange(previous.from, previous.to)}</span>
          ) : null
        }
      />

      {origins.isError && !origins.data ? (
        <div className="card">
          <ErrorState error={origins.error} onRetry={() => void origins.refetch()} />
        </div>
      ) : (
        <KpiTiles kpis={kpis} unit={units} comparing={comparing} />
      )}

      {empty ? (
        <div className="card">
          <EmptyState title="No shipments arrived in this period with these filters">
            Widen the period (try <strong>All time</strong>) or clear some filters.
          </EmptyState>
        </div>
      ) : null}

      <div className="grid grid-overview">
        <ChartCard
          className="span-8"
          title={`${GRANULARITY_WORD[granularity]} volume by origin`}
          subtitle={`${unitWord}, stacked by origin country; small origins grouped as Other`}
          status={statusOf(volume, (volume.data?.buckets.length ?? 0) === 0 || empty)}
          error={volume.error}
          onRetry={() => void volume.refetch()}
          table={volumeModel?.table ?? null}
          fileSuffix={fileSuffix}
          height={300}
          onSettled={() => version && settle('volume', version)}
        >
          {volumeModel ? (
            <StackedBarChart
              labels={volumeModel.labels}
              series={volumeModel.series}
              unit={units}
              height={300}
              label={`Stacked bars of ${unitWord} per period by origin country`}
              version={version ?? undefined}
              onDrawn={(drawn) => settle('volume', drawn)}
            />
          ) : null}
        </ChartCard>

        <ChartCard
          className="span-4"
          title="Route and mode mix"
          subtitle={`share of ${unitWord} by transport mode and transit route`}
          status={statusOf(routes, (routes.data?.groups.length ?? 0) === 0)}
          error={routes.error}
          onRetry={() => void routes.refetch()}
          table={routeModel?.table ?? null}
          fileSuffix={fileSuffix}
          height={300}
          onSettled={() => version && settle('route', version)}
        >
          {routeModel ? (
            <ShareBarsChart
              bars={routeModel.bars}
              unit={units}
              label="Horizontal bars of volume per route"
              minHeight={300}
              version={version ?? undefined}
              onDrawn={(drawn) => settle('route', drawn)}
            />
          ) : null}
        </ChartCard>

        <ChartCard
          className="span-6"
          title="Supplier concentration over time"
          subtitle="HHI of origin shares (bands: US DOJ/FTC 2010) and effective number of suppliers"
          status={statusOf(concentration, (concentration.data?.points.length ?? 0) === 0 || empty)}
          error={concentration.error}
          onRetry={() => void concentration.refetch()}
          table={concentrationChart?.table ?? null}
          fileSuffix={fileSuffix}
          onSettled={() => version && settle('concentration', version)}
        >
          {concentrationChart ? (
            <ConcentrationChart
              labels={concentrationChart.labels}
              hhi={concentrationChart.hhi}
              effectiveSuppliers={concentrationChart.effectiveSuppliers}
              label="Lines of the HHI and of the effective number of suppliers per period"
              version={version ?? undefined}
              onDrawn={(drawn) => settle('concentration', drawn)}
            />
          ) : null}
        </ChartCard>

        <ChartCard
          className="span-6"
          title="Payment currency mix"
          subtitle={
            currencyBasis === 'tonnes'
              ? 'share of volume by payment currency'
              : (currencyMix.data?.shipmentsWithoutFxRate ?? 0) > 0
                ? `share of USD value; ${formatInteger(currencyMix.data?.shipmentsWithoutFxRate ?? 0)} shipments without an fx rate are left out`
                : 'share of USD value by payment currency'
          }
          status={statusOf(currencyMix, (currencyMix.data?.buckets.length ?? 0) === 0 || empty)}
          error={currencyMix.error}
          onRetry={() => void currencyMix.refetch()}
          table={currencyModel?.table ?? null}
          fileSuffix={`${currencyBasis === 'tonnes' ? 'by-volume' : 'by-value'}_${fileSuffix}`}
          onSettled={() => version && settle('currency', version)}
          controls={
            <Segmented<'tonnes' | 'valueUsd'>
              label="Currency mix basis"
              value={currencyBasis}
              options={[
                { value: 'tonnes', label: 'Volume' },
                { value: 'valueUsd', label: 'Value' },
              ]}
              onChange={setCurrencyBasis}
            />
          }
        >
          {currencyModel ? (
            <StackedBarChart
              labels={currencyModel.labels}
              series={currencyModel.series}
              unit="percent"
              label="100% stacked bars of the payment currency shares per period"
              version={version ?? undefined}
              onDrawn={(drawn) => settle('currency', drawn)}
            />
          ) : null}
        </ChartCard>

        <ChartCard
          className="span-12"
          title="Top suppliers"
          subtitle={comparing ? 'by volume; change in share against the previous period' : 'by volume'}
          status={statusOf(origins, empty)}
          error={origins.error}
          onRetry={() => void origins.refetch()}
          table={suppliers?.table ?? null}
          fileSuffix={fileSuffix}
        >
          {suppliers ? <TopSuppliersTable rows={suppliers.rows} unit={units} comparing={comparing} /> : null}
        </ChartCard>
      </div>
    </div>
  );
}
