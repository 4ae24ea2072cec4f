import { COUNTRIES } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { concentrationQuery, summaryQuery } from '../../api/analytics';
import { settingsQuery } from '../../api/settings';
import { ChartCard, type CardStatus } from '../../charts/chart-card';
import { PairedBarsChart, PairedLinesChart, SIDE_COLOURS } from '../../charts/compare-charts';
import { DataTable } from '../../charts/data-table';
import { HhiLinesChart } from '../../charts/hhi-lines-chart';
import { useChartsReady } from '../../charts/use-charts-ready';
import { ALL_IMPORTERS } from '../../filters/dashboard-filters';
import { addDays, addMonths, todayIso } from '../../format/dates';
import { formatEffectiveSuppliers, formatHhi } from '../../format/numbers';
import { PageHeader } from '../../layout/page-header';
import {
  alignConcentration,
  alignedTable,
  headlineComparison,
  shareComparison,
  sideName,
} from './compare-model';
import {
  COMPARE_GRANULARITIES,
  type CompareSelection,
  parseCompareSelection,
  resolveSides,
  type Side,
  SIDES,
  sideApiParams,
  writeCompareSelection,
} from './compare-selection';

const COUNTRIES_BY_NAME = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));
const GRANULARITY_NAMES = { month: 'Months', quarter: 'Quarters', year: 'Years' } as const;

type SummaryGroupBy = 'origin' | 'currency' | 'route';

const CHART_IDS = ['hhi', 'effective', 'origin', 'currency', 'route'] as const;

function statusOf(...queries: { isPending: boolean; isError: boolean }[]): CardStatus {
  if (queries.some((query) => query.isError)) return 'error';
  if (queries.some((query) => query.isPending)) return 'loading';
  return 'ready';
}

/** Two selections side by side on the same axes: two importers, or two periods of one. */
export function ComparePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const selection = useMemo(() => parseCompareSelection(searchParams), [searchParams]);
  const settings = useQuery(settingsQuery);
  const homeCountry = settings.data?.homeCountry ?? 'PK';
  const today = todayIso();
  const sides = useMemo(() => resolveSides(selection, homeCountry, today), [selection, homeCountry, today]);
  const params = useMemo(() => ({ a: sideApiParams(sides.a), b: sideApiParams(sides.b) }), [sides]);
  const names = { a: `A: ${sideName(sides.a)}`, b: `B: ${sideName(sides.b)}` };
  const update = (patch: Partial<CompareSelection>) =>
    setSearchParams(writeCompareSelection({ ...selection, ...patch }));

  const summary = (side: Side, groupBy: SummaryGroupBy) => summaryQuery(params[side], groupBy);
  const originsA = useQuery(summary('a', 'origin'));
  const originsB = useQuery(summary('b', 'origin'));
  const currenciesA = useQuery(summary('a', 'currency'));
  const currenciesB = useQuery(summary('b', 'currency'));
  const routesA = useQuery(summary('a', 'route'));
  const routesB = useQuery(summary('b', 'route'));
  const concentrationA = useQuery(concentrationQuery(params.a, selection.granularity, 'origin'));
  const concentrationB = useQuery(concentrationQuery(params.b, selection.granularity, 'origin'));

  const queries = [
    originsA,
    originsB,
    currenciesA,
    currenciesB,
    routesA,
    routesB,
    concentrationA,
    concentrationB,
  ];
  const settled = queries.every((query) => (query.isSuccess || query.isError) && !query.isFetching);
  const version = settled ? queries.map((query) => query.dataUpdatedAt).join('-') : null;
  const { ready, settle } = useChartsReady(CHART_IDS, version);
  const drawn = (id: (typeof CHART_IDS)[number]) => (drawnVersion: string) => settle(id, drawnVersion);
  const cardSettled = (id: (typeof CHART_IDS)[number]) => () => {
    if (version) settle(id, version);
  };

  const fileSuffix = `${sides.a.importer}-${sides.a.range.from}_${sides.b.importer}-${sides.b.range.from}`;
  const headline = originsA.data && originsB.data ? headlineComparison(originsA.data, originsB.data) : null;
  const hhi =
    concentrationA.data && concentrationB.data
      ? alignConcentration(concentrationA.data, concentrationB.data, 'hhi')
      : null;
  const effective =
    concentrationA.data && concentrationB.data
      ? alignConcentration(concentrationA.data, concentrationB.data, 'effectiveSuppliers')
      : null;
  const bands = concentrationA.data?.bands.thresholds;

  const mix = (
    title: string,
    subtitle: string,
    a: typeof originsA,
    b: typeof originsB,
    describe: string,
    id: (typeof CHART_IDS)[number],
  ) => {
    const table = a.data && b.data ? shareComparison(a.data, b.data) : null;
    const rows = (table?.rows ?? []).map(([label, shareA, shareB]) => ({
      label: String(label),
      a: Number(shareA),
      b: Number(shareB),
    }));
    const status = statusOf(a, b);
    return (
      <ChartCard
        className="span-6"
        title={title}
        subtitle={subtitle}
        status={status === 'ready' && rows.length === 0 ? 'empty' : status}
        error={a.error ?? b.error}
        table={table}
        fileSuffix={fileSuffix}
        height={220}
        footer={table ? <DataTable table={table} caption={`${title}: A, B and B − A`} /> : null}
        onSettled={cardSettled(id)}
      >
        <PairedBarsChart
          rows={rows}
          names={names}
          label={describe}
          version={version ?? ''}
          onDrawn={drawn(id)}
        />
      </ChartCard>
    );
  };

  return (
    <div className="page" data-charts-ready={ready ? 'true' : 'false'}>
      <PageHeader
        title="Compare"
        subtitle="Two importers, or two periods of one, side by side on the same axes"
      />
      <CompareForm selection={selection} sides={sides} homeCountry={homeCountry} onChange={update} />

      <div className="grid">
        <ChartCard
          className="span-12"
          title="A against B"
          subtitle={`${names.a} · ${names.b}`}
          status={statusOf(originsA, originsB)}
          error={originsA.error ?? originsB.error}
          table={headline}
          fileSuffix={fileSuffix}
          height={160}
        >
          {headline ? <DataTable table={headline} caption="A against B: headline figures" /> : null}
        </ChartCard>
        <ChartCard
          className="span-6"
          title="HHI over time"
          subtitle="Concentration by supplier (origin), per period; B dashed"
          status={statusOf(concentrationA, concentrationB)}
          error={concentrationA.error ?? concentrationB.error}
          table={hhi ? alignedTable(hhi, 'HHI', formatHhi) : null}
          fileSuffix={fileSuffix}
          onSettled={cardSettled('hhi')}
        >
          {hhi ? (
            <HhiLinesChart
              labels={hhi.labels}
              bands={bands}
              lines={[
                { label: names.a, values: hhi.a, colour: SIDE_COLOURS.a },
                { label: names.b, values: hhi.b, colour: SIDE_COLOURS.b, dashed: true },
              ]}
              label="Lines of the HHI by supplier of A and of B, per period"
              version={version ?? ''}
              onDrawn={drawn('hhi')}
            />
          ) : null}
        </ChartCard>
        <ChartCard
          className="span-6"
          title="Effective suppliers over time"
          subtitle="10,000 / HHI: how many equal suppliers the mix is worth; B dashed"
          status={statusOf(concentrationA, concentrationB)}
          error={concentrationA.error ?? concentrationB.error}
          table={effective ? alignedTable(effective, 'effective suppliers', formatEffectiveSuppliers) : null}
          fileSuffix={fileSuffix}
          onSettled={cardSettled('effective')}
        >
          {effective ? (
            <PairedLinesChart
              labels={effective.labels}
              a={effective.a}
              b={effective.b}
              names={names}
              yTitle="Effective suppliers"
              format={formatEffectiveSuppliers}
              label="Lines of the effective number of suppliers of A and of B, per period"
              version={version ?? ''}
              onDrawn={drawn('effective')}
            />
          ) : null}
        </ChartCard>
        {mix(
          'Supplier shares',
          'Share of tonnes by origin',
          originsA,
          originsB,
          'Paired bars of each supplier’s share of tonnes in A and in B',
          'origin',
        )}
        {mix(
          'Currency mix',
          'Share of tonnes by payment currency',
          currenciesA,
          currenciesB,
          'Paired bars of each payment currency’s share of tonnes in A and in B',
          'currency',
        )}
        {mix(
          'Route mix',
          'Share of tonnes by transport mode and transit countries',
          routesA,
          routesB,
          'Paired bars of each route’s share of tonnes in A and in B',
          'route',
        )}
      </div>
    </div>
  );
}

interface CompareFormProps {
  selection: CompareSelection;
  sides: ReturnType<typeof resolveSides>;
  homeCountry: string;
  onChange(patch: Partial<CompareSelection>): void;
}

function CompareForm({ selection, sides, homeCountry, onChange }: CompareFormProps) {
  const id = useId();
  const [splitAt, setSplitAt] = useState('');
  const setSide = (side: Side, patch: Partial<CompareSelection[Side]>) =>
    onChange({ [side]: { ...selection[side], ...patch } });

  const split = () => {
    if (!splitAt) return;
    const importer = selection.a.destination;
    onChange({
      a: { destination: importer, from: addMonths(splitAt, -12), to: addDays(splitAt, -1) },
      b: { destination: importer, from: splitAt, to: addDays(addMonths(splitAt, 12), -1) },
    });
  };

  return (
    <section className="card compare-form" aria-label="What to compare">
      <div className="compare-sides">
        {SIDES.map((side) => (
          <fieldset key={side} className="compare-side" style={{ borderColor: SIDE_COLOURS[side] }}>
            <legend>{side.toUpperCase()}</legend>
            <div className="field">
              <label className="field-label" htmlFor={`${id}-${side}-importer`}>
                Importing country
              </label>
              <select
                id={`${id}-${side}-importer`}
                className="input"
                value={sides[side].importer}
                onChange={(event) =>
                  setSide(side, {
                    destination: event.target.value === homeCountry ? null : event.target.value,
                  })
                }
              >
                <option value={ALL_IMPORTERS}>All importers (shares across importers)</option>
                {COUNTRIES_BY_NAME.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                    {country.code === homeCountry ? ' (home)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field-date">
              <label className="field-label" htmlFor={`${id}-${side}-from`}>
                From
              </label>
              <input
                id={`${id}-${side}-from`}
                type="date"
                className="input"
                value={sides[side].range.from}
                onChange={(event) =>
                  setSide(side, { from: event.target.value || null, to: sides[side].range.to })
                }
              />
            </div>
            <div className="field field-date">
              <label className="field-label" htmlFor={`${id}-${side}-to`}>
                To
              </label>
              <input
                id={`${id}-${side}-to`}
                type="date"
                className="input"
                value={sides[side].range.to}
                onChange={(event) =>
                  setSide(side, { from: sides[side].range.from, to: event.target.value || null })
                }
              />
            </div>
          </fieldset>
        ))}
      </div>
      <div className="compare-actions">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-granularity`}>
            Periods
          </label>
          <select
            id={`${id}-granularity`}
            className="input"
            value={selection.granularity}
            onChange={(event) =>
              onChange({ granularity: event.target.value as CompareSelection['granularity'] })
            }
          >
            {COMPARE_GRANULARITIES.map((granularity) => (
              <option key={granularity} value={granularity}>
                {GRANULARITY_NAMES[granularity]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-split`}>
            Before / after a date (A's importer)
          </label>
          <div className="compare-split">
            <input
              id={`${id}-split`}
              type="date"
              className="input"
              value={splitAt}
              onChange={(event) => setSplitAt(event.target.value)}
            />
            <button type="button" className="button button-secondary" disabled={!splitAt} onClick={split}>
              Split
            </button>
          </div>
        </div>
        <div className="field field-reset">
          <button
            type="button"
            className="button button-ghost"
            onClick={() =>
              onChange({ b: { ...selection.b, from: sides.a.range.from, to: sides.a.range.to } })
            }
          >
            B over A's dates
          </button>
        </div>
      </div>
    </section>
  );
}
