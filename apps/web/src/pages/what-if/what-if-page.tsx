import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { scenarioQuery, summaryQuery } from '../../api/analytics';
import { ChartCard } from '../../charts/chart-card';
import { HhiLinesChart } from '../../charts/hhi-lines-chart';
import { colourFor } from '../../charts/palette';
import { StackedBarChart } from '../../charts/volume-chart';
import { officialGranularity, sourceParams, useAnalyticsSource } from '../../filters/analytics-source';
import { MultiSelect, type Option } from '../../filters/multi-select';
import { SourceSwitch } from '../../filters/source-switch';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { countryLabel, routeLabel } from '../../format/labels';
import {
  formatEffectiveSuppliers,
  formatHhi,
  formatInteger,
  formatShare,
  formatVolume,
  formatVolumeShort,
} from '../../format/numbers';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, KpiSkeletons } from '../../layout/states';
import { settingsQuery } from '../../api/settings';
import { bandSetName, bandUnder, HHI_BAND_SHORT } from '../../format/bands';
import { chokepointName, type HhiBandsInfo, NO_CHOKEPOINT_KEY } from '@tradeflow/domain';
import { WhatIfTabs } from './what-if-tabs';
import {
  type Exclusions,
  exclusionCount,
  NO_EXCLUSIONS,
  parseExclusions,
  writeExclusions,
} from './exclusions';
import { CHOKEPOINT_COLOURS } from '../overview/chokepoint-exposure-model';
import { AT_RISK_COLOUR, REMAINING_COLOUR, scenarioModel } from './what-if-model';

function HhiWithBand({ hhi, bands }: { hhi: number | null; bands: HhiBandsInfo | undefined }) {
  if (hhi === null) return <>–</>;
  if (!bands) return <>{formatHhi(hhi)}</>;
  const band = bandUnder(hhi, bands);
  return (
    <>
      {formatHhi(hhi)} <span className={`band band-${band}`}>{HHI_BAND_SHORT[band]}</span>
    </>
  );
}

export function WhatIfPage() {
  // The KPI tiles are groups named by their labels.
  const tile = useId();
  const { filters, range, apiParams: filterParams, importer } = useDashboardFilters();
  const [source] = useAnalyticsSource();
  const official = source === 'official';
  const apiParams = useMemo(() => sourceParams(filterParams, source), [filterParams, source]);
  const granularity = officialGranularity(filters.granularity, source);
  const [searchParams, setSearchParams] = useSearchParams();
  const excludeParam = searchParams.get('exclude');
  const exclusions = useMemo(() => parseExclusions(excludeParam), [excludeParam]);
  const exclude = writeExclusions(exclusions);
  // Official statistics have no routes: only the origins are cut from them.
  const applied = official ? writeExclusions({ ...exclusions, route: [], chokepoint: [] }) : exclude;
  const origins = useQuery(summaryQuery(apiParams, 'origin'));
  const routes = useQuery(summaryQuery(apiParams, 'route', !official));
  const chokepoints = useQuery(summaryQuery(apiParams, 'chokepoint', !official));
  const scenario = useQuery({
    ...scenarioQuery(apiParams, granularity, applied),
    enabled: applied !== '',
  });
  const bands = useQuery(settingsQuery).data?.hhiBands;

  const setExclusions = (next: Exclusions, replace = false) =>
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        const text = writeExclusions(next);
        if (text) params.set('exclude', text);
        else params.delete('exclude');
        return params;
      },
      { replace },
    );

  const originOptions: Option[] = useMemo(
    () =>
      (origins.data?.groups ?? []).map((group) => ({
        value: group.key,
        label: countryLabel(group.key),
        hint: formatShare(group.share),
        colour: colourFor('origin', group.key),
      })),
    [origins.data],
  );
  const routeOptions: Option[] = useMemo(
    () =>
      (routes.data?.groups ?? []).map((group) => ({
        value: group.key,
        label: routeLabel(group.key),
        hint: formatShare(group.share),
      })),
    [routes.data],
  );
  const chokepointOptions: Option[] = useMemo(
    () =>
      (chokepoints.data?.groups ?? [])
        .filter((group) => group.key !== NO_CHOKEPOINT_KEY)
        .map((group) => ({
          value: group.key,
          label: group.label,
          hint: formatShare(group.share),
          colour: CHOKEPOINT_COLOURS[group.key],
        })),
    [chokepoints.data],
  );
  const chokepointLabel = (key: string) => chokepointName(key) ?? key;
  const model = useMemo(
    () => (scenario.data ? scenarioModel(scenario.data, granularity) : null),
    [scenario.data, granularity],
  );
  const total = scenario.data?.total;
  const fileSuffix = `${exclude.replace(/[^A-Za-z0-9]+/g, '-')}_${range ? `${range.from}_${range.to}` : 'all-time'}`;
  const suggestions = (origins.data?.groups ?? []).slice(0, 3);
  const count = exclusionCount(exclusions);
  const appliedCount = official ? exclusions.origin.length : count;

  return (
    <div className={`page${scenario.isPlaceholderData ? ' is-updating' : ''}`}>
      <PageHeader
        title="What-if: lose a supplier, a route or a chokepoint"
        subtitle={describeFilters(filters, range, importer)}
        aside={<SourceSwitch />}
      />
      <WhatIfTabs />
      {official ? (
        <p className="source-note is-official" data-testid="source-note">
          <strong>Official statistics</strong> (UN Comtrade, as imported): the cut applies to the monthly
          imports by partner.
          {exclusions.route.length ? ' They have no routes: the route cut does not apply to them.' : ''}
        </p>
      ) : null}

      <section className="card what-if-picker" aria-label="What to cut off">
        <div className="what-if-controls">
          <MultiSelect
            label="Origins to cut off"
            options={originOptions}
            selected={exclusions.origin}
            allText="None"
            onChange={(origin, options) => setExclusions({ ...exclusions, origin }, options.replace)}
          />
          {official ? null : (
            <MultiSelect
              label="Routes to cut off"
              options={routeOptions}
              selected={exclusions.route}
              allText="None"
              onChange={(route, options) => setExclusions({ ...exclusions, route }, options.replace)}
            />
          )}
          {official ? null : (
            <MultiSelect
              label="Chokepoints to close"
              options={chokepointOptions}
              selected={exclusions.chokepoint}
              allText="None"
              onChange={(chokepoint, options) =>
                setExclusions({ ...exclusions, chokepoint }, options.replace)
              }
            />
          )}
          {count ? (
            <button
              type="button"
              className="button button-ghost"
              onClick={() => setExclusions(NO_EXCLUSIONS)}
            >
              Clear
            </button>
          ) : null}
        </div>
        {count ? (
          <ul className="chips" aria-label="Cut off">
            {exclusions.origin.map((key) => (
              <li key={`o-${key}`} className="chip">
                <span
                  className="swatch"
                  style={{ background: colourFor('origin', key) }}
                  aria-hidden="true"
                />
                {countryLabel(key)}
                <button
                  type="button"
                  aria-label={`Keep ${countryLabel(key)}`}
                  onClick={() =>
                    setExclusions({ ...exclusions, origin: exclusions.origin.filter((o) => o !== key) })
                  }
                >
                  ×
                </button>
              </li>
            ))}
            {exclusions.chokepoint.map((key) => (
              <li key={`c-${key}`} className="chip" data-chokepoint={key}>
                <span className="swatch" style={{ background: CHOKEPOINT_COLOURS[key] }} aria-hidden="true" />
                {chokepointLabel(key)} closed
                <button
                  type="button"
                  aria-label={`Open ${chokepointLabel(key)}`}
                  onClick={() =>
                    setExclusions({
                      ...exclusions,
                      chokepoint: exclusions.chokepoint.filter((c) => c !== key),
                    })
                  }
                >
                  ×
                </button>
              </li>
            ))}
            {exclusions.route.map((key) => (
              <li key={`r-${key}`} className="chip">
                {routeLabel(key)}
                <button
                  type="button"
                  aria-label={`Keep ${routeLabel(key)}`}
                  onClick={() =>
                    setExclusions({ ...exclusions, route: exclusions.route.filter((r) => r !== key) })
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {appliedCount === 0 ? (
        <div className="card">
          <EmptyState
            title={official ? 'Pick origins to cut off' : 'Pick origins, routes or chokepoints to cut off'}
          >
            <p>See how much volume would be at risk and how concentrated the remaining supply would be.</p>
            {suggestions.length ? (
              <div className="suggestions">
                {suggestions.map((group) => (
                  <button
                    key={group.key}
                    type="button"
                    className="button button-secondary"
                    onClick={() => setExclusions({ ...NO_EXCLUSIONS, origin: [group.key] })}
                  >
                    Without {countryLabel(group.key)} ({formatShare(group.share, 0)})
                  </button>
                ))}
                {chokepointOptions.slice(0, 1).map((option) => (
                  <button
                    key={option.value}
                    type="button"
                    className="button button-secondary"
                    onClick={() => setExclusions({ ...NO_EXCLUSIONS, chokepoint: [option.value] })}
                  >
                    {option.label} closed ({option.hint})
                  </button>
                ))}
              </div>
            ) : null}
          </EmptyState>
        </div>
      ) : scenario.isError && !scenario.data ? (
        <div className="card">
          <ErrorState error={scenario.error} onRetry={() => void scenario.refetch()} />
        </div>
      ) : !total || !model ? (
        <KpiSkeletons count={4} />
      ) : (
        <>
          <div className="kpi-grid kpi-grid-4">
            <div className="card kpi" data-kpi="at-risk" role="group" aria-labelledby={`${tile}-at-risk`}>
              <p className="kpi-label" id={`${tile}-at-risk`}>
                Volume at risk
              </p>
              <p className="kpi-value" title={formatVolume(total.atRiskTonnes, 't')}>
                {formatVolumeShort(total.atRiskTonnes, 't')}
              </p>
              <p className="kpi-detail">
                {total.atRiskShare === null
                  ? 'no volume'
                  : `${formatShare(total.atRiskShare)} of ${formatVolumeShort(total.totalTonnes, 't')}`}
              </p>
            </div>
            <div className="card kpi" role="group" aria-labelledby={`${tile}-shipments`}>
              <p className="kpi-label" id={`${tile}-shipments`}>
                {official ? 'Monthly flows at risk' : 'Shipments at risk'}
              </p>
              <p className="kpi-value">{formatInteger(total.shipmentsAtRisk)}</p>
              <p className="kpi-detail">remaining {formatVolumeShort(total.remainingTonnes, 't')}</p>
            </div>
            <div className="card kpi" data-kpi="hhi-after" role="group" aria-labelledby={`${tile}-hhi`}>
              <p className="kpi-label" id={`${tile}-hhi`}>
                HHI after the cut
              </p>
              <p className="kpi-value">
                <HhiWithBand hhi={total.hhiAfter} bands={bands} />
              </p>
              <p className="kpi-detail">now {total.hhiBefore === null ? '–' : formatHhi(total.hhiBefore)}</p>
            </div>
            <div className="card kpi" role="group" aria-labelledby={`${tile}-suppliers`}>
              <p className="kpi-label" id={`${tile}-suppliers`}>
                Effective suppliers after
              </p>
              <p className="kpi-value">
                {total.effectiveSuppliersAfter === null
                  ? '–'
                  : formatEffectiveSuppliers(total.effectiveSuppliersAfter)}
              </p>
              <p className="kpi-detail">
                now{' '}
                {total.effectiveSuppliersBefore === null
                  ? '–'
                  : formatEffectiveSuppliers(total.effectiveSuppliersBefore)}
                {total.topKeyAfter && total.topShareAfter !== null
                  ? ` · largest then ${countryLabel(total.topKeyAfter)} ${formatShare(total.topShareAfter, 0)}`
                  : ''}
              </p>
            </div>
          </div>
          <div className="grid">
            <ChartCard
              className="span-6"
              title="Volume at risk over time"
              subtitle="tonnes per period: what remains and what the cut removes"
              status={model.labels.length ? 'ready' : 'empty'}
              table={model.volumeTable}
              fileSuffix={fileSuffix}
            >
              <StackedBarChart
                labels={model.labels}
                series={[
                  { key: 'remaining', label: 'Remaining', values: model.remaining, colour: REMAINING_COLOUR },
                  { key: 'atRisk', label: 'At risk', values: model.atRisk, colour: AT_RISK_COLOUR },
                ]}
                unit="t"
                label="Stacked bars of remaining and at-risk tonnes per period"
              />
            </ChartCard>
            <ChartCard
              className="span-6"
              title="Concentration before and after"
              subtitle={`HHI of origin shares now and of what would remain${bands ? `; bands of the ${bandSetName(bands)}` : ''}`}
              status={model.labels.length ? 'ready' : 'empty'}
              table={model.hhiTable}
              fileSuffix={fileSuffix}
            >
              <HhiLinesChart
                labels={model.labels}
                bands={bands?.thresholds}
                lines={[
                  { label: 'HHI now', values: model.hhiBefore, colour: REMAINING_COLOUR },
                  {
                    label: 'HHI after the cut',
                    values: model.hhiAfter,
                    colour: AT_RISK_COLOUR,
                    dashed: true,
                  },
                ]}
                label="Lines of the HHI now and after the cut, per period"
              />
            </ChartCard>
          </div>
        </>
      )}
    </div>
  );
}
