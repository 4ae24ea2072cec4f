import { completePart, type ConcentrationBasis, incompletePeriods } from '@tradeflow/domain';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { concentrationQuery, summaryQuery, timeseriesQuery } from '../../api/analytics';
import { freshnessQuery } from '../../api/saved-views';
import { settingsQuery } from '../../api/settings';
import { type CardStatus, ChartCard } from '../../charts/chart-card';
import { ConcentrationChart } from '../../charts/concentration-chart';
import { FactorsNote } from '../../charts/factors-note';
import { ShareBarsChart } from '../../charts/share-bars-chart';
import { ShareLinesChart } from '../../charts/share-lines-chart';
import { useChartsReady } from '../../charts/use-charts-ready';
import { StackedBarChart } from '../../charts/volume-chart';
import { apiFilterParams } from '../../filters/dashboard-filters';
import { previousPeriod } from '../../filters/date-ranges';
import {
  ignoredByOfficial,
  officialGranularity,
  sourceParams,
  useAnalyticsSource,
} from '../../filters/analytics-source';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { Segmented } from '../../filters/segmented';
import { SourceSwitch } from '../../filters/source-switch';
import { bandHeadline, bandSetName } from '../../format/bands';
import { formatDate, formatRange, todayIso } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { isRateUnit, showsBarrels, timeseriesMetricOf, UNIT_NAMES, UNIT_SYMBOLS } from '../../format/units';
import { EmptyState, ErrorState } from '../../layout/states';
import { PageHeader, describeFilters } from '../../layout/page-header';
import { ConcentrationFiguresView, concentrationFiguresTable } from './concentration-card';
import { KpiTiles } from './kpi-tiles';
import { TooManyPeriodsNote } from '../../charts/too-many-periods-note';
import { computeKpis } from './kpi-tiles-model';
import { concentrationFigures, concentrationModel } from './concentration-card-model';
import { cutPeriodsNote, GRANULARITY_WORD, INCOMPLETE_SUFFIX } from './period-labels';
import { groupBarsModel, shareMixModel } from './mix-cards-model';
import { stackedVolumeModel } from './volume-card-model';
import { topSuppliers } from './top-suppliers-model';
import { TopSuppliersTable } from './top-suppliers';
import { chokepointExposureModel } from './chokepoint-exposure-model';

/** The What-if page with the Strait of Hormuz closed, on the overview's filters. */
function whatIfHormuz(filters: URLSearchParams): string {
  const params = new URLSearchParams(filters);
  params.set('exclude', 'chokepoint:hormuz');
  return params.toString();
}

const CHART_IDS = ['volume', 'concentration', 'currency', 'route', 'chokepoints'] as const;

/** "Dec 2026 is not complete yet" for the periods that have not ended. */
function incompleteNoteOf(labels: string[]): string | null {
  if (labels.length === 0) return null;
  const names = labels.map((label) => label.replace(INCOMPLETE_SUFFIX, ''));
  return `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not complete yet (marked incomplete)`;
}

const OFFICIAL_NO_ROUTE =
  'Official statistics have no transport mode or route: switch the source to Cargo records to see the mix.';
const OFFICIAL_NO_CHOKEPOINTS =
  'Official statistics have no sea route: switch the source to Cargo records to see the chokepoint exposure.';
const OFFICIAL_NO_CURRENCY =
  'Official statistics have no payment currency: switch the source to Cargo records to see the mix.';

const NOT_LANDED = 'contracted,in_transit';

function withStatus(params: URLSearchParams, status: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('status', status);
  return next;
}

function statusOf(query: UseQueryResult, isEmpty: boolean): CardStatus {
  if (query.isPending) return 'loading';
  if (query.isError && !query.data) return 'error';
  return isEmpty ? 'empty' : 'ready';
}

/** `basis=value` in the URL: shares and indices by USD value instead of tonnes. */
function useBasis(): [ConcentrationBasis, (basis: ConcentrationBasis) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const basis: ConcentrationBasis = searchParams.get('basis') === 'value' ? 'value' : 'volume';
  const setBasis = (next: ConcentrationBasis) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next === 'value') params.set('basis', 'value');
      else params.delete('basis');
      return params;
    });
  return [basis, setBasis];
}

export function OverviewPage() {
  const { filters, range, comparable, apiParams: filterParams, importer } = useDashboardFilters();
  const { units } = filters;
  const [basis, setBasis] = useBasis();
  const [source] = useAnalyticsSource();
  const official = source === 'official';
  const granularity = officialGranularity(filters.granularity, source);
  const apiParams = useMemo(() => sourceParams(filterParams, source), [filterParams, source]);
  const settings = useQuery(settingsQuery);
  const freshness = useQuery(freshnessQuery);
  const today = freshness.data?.today ?? todayIso();
  const fiscalYearStartMonth = settings.data?.fiscalYearStartMonth ?? 7;
  // A change is read from complete days only: a period running into today compares its days up to
  // yesterday with as many days before them, never a half-filled month with a whole one.
  const complete = comparable ? completePart(comparable, today) : null;
  const clipped = complete?.clipped ? complete : null;
  const previous = complete ? previousPeriod(complete) : null;
  const clippedParams = useMemo(
    () =>
      clipped
        ? sourceParams(
            apiFilterParams({ ...filters, range: 'custom', ...clipped }, clipped, importer),
            source,
          )
        : new URLSearchParams(),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters, clipped?.from, clipped?.to, source, importer],
  );
  const previousParams = useMemo(
    () =>
      previous
        ? sourceParams(
            apiFilterParams({ ...filters, range: 'custom', ...previous }, previous, importer),
            source,
          )
        : new URLSearchParams(),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filters, previous?.from, previous?.to, source, importer],
  );
  const metric = timeseriesMetricOf(units);
  const rate = isRateUnit(units);

  const origins = useQuery(summaryQuery(apiParams, 'origin', true, basis));
  // Official statistics have no payment currency, mode, route or status: those views are not asked for.
  const currencies = useQuery(summaryQuery(apiParams, 'currency', !official));
  const routes = useQuery(summaryQuery(apiParams, 'route', !official));
  // The figures count contracted and in-transit cargoes by their expected arrival: say how many.
  const expected = useQuery(summaryQuery(withStatus(apiParams, NOT_LANDED), 'mode', !official));
  const previousOrigins = useQuery(summaryQuery(previousParams, 'origin', previous !== null, basis));
  const previousCurrencies = useQuery(
    summaryQuery(previousParams, 'currency', previous !== null && !official),
  );
  const clippedOrigins = useQuery(summaryQuery(clippedParams, 'origin', clipped !== null, basis));
  const clippedCurrencies = useQuery(summaryQuery(clippedParams, 'currency', clipped !== null && !official));
  const changeBase =
    clipped && clippedOrigins.data && (official || clippedCurrencies.data)
      ? { origins: clippedOrigins.data, currencies: clippedCurrencies.data ?? null }
      : undefined;
  const volume = useQuery(timeseriesQuery(apiParams, granularity, 'origin', metric));
  const concentration = useQuery(concentrationQuery(apiParams, granularity, 'origin', basis));
  const currencyMix = useQuery(
    timeseriesQuery(apiParams, granularity, 'currency', basis === 'value' ? 'valueUsd' : 'tonnes', !official),
  );
  const chokepoints = useQuery(timeseriesQuery(apiParams, granularity, 'chokepoint', 'tonnes', !official));

  const comparing = previous !== null;
  // Flow rates outside the time series (tiles, route mix, suppliers) are averages over these days.
  const days = volume.data ? volume.data.days.reduce((sum, d) => sum + d, 0) : null;
  const kpis = useMemo(
    () =>
      origins.data && (official || currencies.data)
        ? computeKpis(
            origins.data,
            official ? null : (currencies.data ?? null),
            units,
            comparing ? previousOrigins.data : undefined,
            comparing ? previousCurrencies.data : undefined,
            days,
            changeBase,
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      origins.data,
      currencies.data,
      previousOrigins.data,
      previousCurrencies.data,
      units,
      comparing,
      days,
      changeBase?.origins,
      changeBase?.currencies,
      official,
    ],
  );
  const figures = useMemo(
    () =>
      origins.data
        ? concentrationFigures(
            origins.data,
            comparing ? previousOrigins.data : undefined,
            changeBase?.origins,
          )
        : null,
    [origins.data, previousOrigins.data, comparing, changeBase?.origins],
  );
  const incompleteOf = (buckets: readonly string[] | undefined) =>
    incompletePeriods(buckets ?? [], granularity, today, { fiscalYearStartMonth });
  const volumeIncomplete = incompleteOf(volume.data?.buckets);
  const volumeModel = useMemo(
    () =>
      volume.data ? stackedVolumeModel(volume.data, granularity, units, 'origin', volumeIncomplete) : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [volume.data, granularity, units, volumeIncomplete.join()],
  );
  const concentrationIncomplete = incompleteOf(concentration.data?.buckets);
  const concentrationChart = useMemo(
    () =>
      concentration.data
        ? concentrationModel(concentration.data, granularity, concentrationIncomplete)
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [concentration.data, granularity, concentrationIncomplete.join()],
  );
  const currencyIncomplete = incompleteOf(currencyMix.data?.buckets);
  const currencyModel = useMemo(
    () =>
      currencyMix.data ? shareMixModel(currencyMix.data, granularity, 'currency', currencyIncomplete) : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [currencyMix.data, granularity, currencyIncomplete.join()],
  );
  const chokepointIncomplete = incompleteOf(chokepoints.data?.buckets);
  const exposureModel = useMemo(
    () =>
      chokepoints.data ? chokepointExposureModel(chokepoints.data, granularity, chokepointIncomplete) : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [chokepoints.data, granularity, chokepointIncomplete.join()],
  );
  const incompleteNote = volumeModel
    ? incompleteNoteOf(volumeModel.labels.filter((_, i) => volumeIncomplete[i]))
    : null;
  const routeModel = useMemo(
    () => (routes.data ? groupBarsModel(routes.data, units, 'route', days) : null),
    [routes.data, units, days],
  );
  const suppliers = useMemo(
    () =>
      origins.data
        ? topSuppliers(
            origins.data,
            units,
            comparing ? previousOrigins.data : undefined,
            10,
            days,
            changeBase?.origins,
          )
        : null,
    [origins.data, units, previousOrigins.data, comparing, days, changeBase?.origins],
  );

  const chartQueries = official
    ? [volume, concentration]
    : [volume, concentration, currencyMix, routes, chokepoints];
  const allQueries = [
    ...(official ? [origins, ...chartQueries] : [origins, currencies, ...chartQueries]),
    ...(clipped ? (official ? [clippedOrigins] : [clippedOrigins, clippedCurrencies]) : []),
  ];
  const settledData = allQueries.every((query) => (query.isSuccess || query.isError) && !query.isFetching);
  const version = settledData ? allQueries.map((query) => query.dataUpdatedAt).join('.') : null;
  const { ready, settle } = useChartsReady(CHART_IDS, version);

  const empty = origins.data?.shipmentCount === 0;
  const fileSuffix = range ? `${range.from}_${range.to}` : 'all-time';
  const updating = allQueries.some((query) => query.isPlaceholderData);
  const unitWord = UNIT_NAMES[units];
  const bands = origins.data?.bands ?? concentration.data?.bands ?? settings.data?.hhiBands ?? null;
  const withoutFx = origins.data?.shipmentsWithoutFxRate ?? 0;
  const basisWord = basis === 'value' ? 'USD value' : 'volume';
  const ignored = official ? ignoredByOfficial(filterParams) : [];
  const cutNote = volume.data ? cutPeriodsNote(volume.data, granularity, fiscalYearStartMonth) : null;
  const volumeTitle = `${GRANULARITY_WORD[granularity]} ${rate ? 'flow rate' : 'volume'} by origin${
    rate ? ` (${UNIT_SYMBOLS[units]})` : ''
  }`;

  return (
    <div className={`page${updating ? ' is-updating' : ''}`} data-charts-ready={ready ? 'true' : 'false'}>
      <PageHeader
        title="Import diversification"
        subtitle={describeFilters(filters, range, importer)}
        aside={
          <div className="overview-aside">
            <SourceSwitch />
            <Segmented<ConcentrationBasis>
              label="Shares by"
              value={basis}
              options={[
                { value: 'volume', label: 'Volume', title: 'Shares and indices by tonnes' },
                { value: 'value', label: 'USD value', title: 'Shares and indices by USD value' },
              ]}
              onChange={setBasis}
            />
            <div className="overview-aside-notes">
              {basis === 'value' ? (
                <span className="muted" data-testid="fx-note">
                  {withoutFx > 0 ? (
                    <Link to="/fx-rates">
                      {`${formatInteger(withoutFx)} shipment${withoutFx === 1 ? '' : 's'} without an fx rate count as 0`}
                    </Link>
                  ) : (
                    'every shipment with a value has an fx rate'
                  )}
                </span>
              ) : null}
              {freshness.data ? (
                <span className="muted freshness-note" data-testid="freshness-note">
                  {freshness.data.latestArrivalDate
                    ? `Data to ${formatDate(freshness.data.latestArrivalDate)}`
                    : 'No delivered shipment yet'}
                </span>
              ) : null}
              {comparing && previous && complete ? (
                <span className="muted" data-testid="change-note">
                  {clipped
                    ? `Changes: ${formatRange(clipped.from, clipped.to)} (complete days) against ${formatRange(previous.from, previous.to)}`
                    : `Changes against ${formatRange(previous.from, previous.to)}`}
                </span>
              ) : comparable && !complete ? (
                <span className="muted" data-testid="change-note">
                  No changes: no day of this period is over yet
                </span>
              ) : null}
            </div>
          </div>
        }
      />

      <p className={`source-note${official ? ' is-official' : ''}`} data-testid="source-note">
        {official ? (
          <>
            <strong>Official statistics</strong> (UN Comtrade, as imported): monthly imports by reporting
            country and partner, never added to the cargo records.
            {ignored.length ? ` The ${ignored.join(' and ')} filter does not apply to them.` : ''}
            {granularity !== filters.granularity ? ' They are monthly: shown by month.' : ''}
          </>
        ) : (
          <>
            <strong>Cargo records</strong>: the shipments recorded in tradeflow.
          </>
        )}
      </p>

      {origins.isError && !origins.data ? (
        <div className="card">
          <ErrorState error={origins.error} onRetry={() => void origins.refetch()} />
        </div>
      ) : (
        <KpiTiles
          kpis={kpis}
          unit={units}
          comparing={comparing}
          band={origins.data?.band ?? null}
          bands={bands}
          basis={basis}
          conversions={origins.data?.conversions ?? null}
          days={days}
          official={official}

          expectedShipments={expected.data?.shipmentCount ?? null}
        />
      )}

      {empty ? (
        <div className="card">
          <EmptyState
            title={
              official
                ? 'No official statistics for this period with these filters'
                : 'No shipments arrived in this period with these filters'
            }
          >
            Widen the period (try <strong>All time</strong>) or clear some filters
            {official ? ', or import a UN Comtrade file (POST /api/official-stats/import)' : ''}.
          </EmptyState>
        </div>
      ) : null}

      <div className="grid grid-overview">
        <ChartCard
          className="span-8"
          title={volumeTitle}
          subtitle={
            <>
              {rate
                ? `${unitWord}: each period's total over its days, stacked by origin country`
                : `${unitWord}, stacked by origin country`}
              ; small origins grouped as Other
              {cutNote ? <span className="cut-note"> · {cutNote}</span> : null}
              {incompleteNote ? (
                <span className="incomplete-note" data-testid="incomplete-note">
                  {' '}
                  · {incompleteNote}
                </span>
              ) : null}
              {showsBarrels(units) ? <FactorsNote conversions={volume.data?.conversions} /> : null}
            </>
          }
          status={statusOf(volume, (volume.data?.buckets.length ?? 0) === 0 || empty)}
          error={volume.error}
          onRetry={() => void volume.refetch()}
          table={volumeModel?.table ?? null}
          fileSuffix={fileSuffix}
          height={300}
          onSettled={() => version && settle('volume', version)}
        >
          {volumeModel ? (
            <TooManyPeriodsNote granularity={filters.granularity} periods={volumeModel.labels.length} />
          ) : null}
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
          subtitle={`share of volume by transport mode and transit route${rate ? `; ${UNIT_SYMBOLS[units]} over the whole period` : ''}`}
          status={official ? 'empty' : statusOf(routes, (routes.data?.groups.length ?? 0) === 0)}
          emptyText={official ? OFFICIAL_NO_ROUTE : undefined}
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
          className="span-8"
          title="Supplier concentration over time"
          subtitle={
            bands
              ? `HHI of origin shares by ${basisWord} over the bands of the ${bandSetName(bands)} (${bandHeadline(bands)}); ▲ a significant rise`
              : `HHI of origin shares by ${basisWord}`
          }
          status={statusOf(concentration, (concentration.data?.points.length ?? 0) === 0 || empty)}
          error={concentration.error}
          onRetry={() => void concentration.refetch()}
          table={concentrationChart?.table ?? null}
          fileSuffix={`${basis === 'value' ? 'by-value' : 'by-volume'}_${fileSuffix}`}
          onSettled={() => version && settle('concentration', version)}
        >
          {concentrationChart && concentration.data ? (
            <ConcentrationChart
              labels={concentrationChart.labels}
              hhi={concentrationChart.hhi}
              effectiveSuppliers={concentrationChart.effectiveSuppliers}
              significantRise={concentrationChart.significantRise}
              bands={concentration.data.bands.thresholds}
              label="Lines of the HHI and of the effective number of suppliers per period"
              version={version ?? undefined}
              onDrawn={(drawn) => settle('concentration', drawn)}
            />
          ) : null}
        </ChartCard>

        <ChartCard
          className="span-4"
          title="Concentration in detail"
          subtitle={`by ${basisWord}, over the whole period`}
          status={statusOf(origins, empty)}
          error={origins.error}
          onRetry={() => void origins.refetch()}
          table={figures ? concentrationFiguresTable(figures, kpis?.topSupplier?.key ?? null) : null}
          fileSuffix={`${basis === 'value' ? 'by-value' : 'by-volume'}_${fileSuffix}`}
        >
          {figures ? (
            <ConcentrationFiguresView
              figures={figures}
              topKey={kpis?.topSupplier?.key ?? null}
              comparing={comparing}
            />
          ) : null}
        </ChartCard>

        <ChartCard
          className="span-12 exposure-card"
          title="Chokepoint exposure"
          subtitle={
            <>
              share of volume through each sea chokepoint per period (sea lanes after the EIA&apos;s World Oil
              Transit Chokepoints; a shipment&apos;s own override wins) ·{' '}
              <strong data-testid="overlap-note">
                shares overlap: a cargo counts in every chokepoint it passes, so they do not add up to 100%
              </strong>
            </>
          }
          status={
            official ? 'empty' : statusOf(chokepoints, (chokepoints.data?.buckets.length ?? 0) === 0 || empty)
          }
          emptyText={official ? OFFICIAL_NO_CHOKEPOINTS : undefined}
          error={chokepoints.error}
          onRetry={() => void chokepoints.refetch()}
          table={exposureModel?.table ?? null}
          fileSuffix={fileSuffix}
          controls={
            <Link className="button button-small" to={`/what-if?${whatIfHormuz(filterParams)}`}>
              What if Hormuz closed?
            </Link>
          }
          onSettled={() => version && settle('chokepoints', version)}
        >
          {exposureModel ? (
            <ShareLinesChart
              labels={exposureModel.labels}
              lines={exposureModel.lines}
              axisTitle="Share of volume (%)"
              label="Lines of the share of volume through each chokepoint per period"
              summary={exposureModel.summary}
              version={version ?? undefined}
              onDrawn={(drawn) => settle('chokepoints', drawn)}
            />
          ) : null}
        </ChartCard>

        <ChartCard
          className="span-6"
          title="Payment currency mix"
          subtitle={
            basis === 'volume'
              ? 'share of volume by payment currency'
              : (currencyMix.data?.shipmentsWithoutFxRate ?? 0) > 0
                ? `share of USD value; ${formatInteger(currencyMix.data?.shipmentsWithoutFxRate ?? 0)} shipments without an fx rate are left out`
                : 'share of USD value by payment currency'
          }
          status={
            official ? 'empty' : statusOf(currencyMix, (currencyMix.data?.buckets.length ?? 0) === 0 || empty)
          }
          emptyText={official ? OFFICIAL_NO_CURRENCY : undefined}
          error={currencyMix.error}
          onRetry={() => void currencyMix.refetch()}
          table={currencyModel?.table ?? null}
          fileSuffix={`${basis === 'volume' ? 'by-volume' : 'by-value'}_${fileSuffix}`}
          onSettled={() => version && settle('currency', version)}
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
          className="span-6 suppliers-card"
          title="Top suppliers"
          subtitle={`by ${basisWord}${comparing ? '; change in share against the previous period' : ''}`}
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
