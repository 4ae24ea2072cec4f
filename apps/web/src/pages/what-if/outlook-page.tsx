import type { HhiBand, Page, Shipment } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { type ComponentProps, useMemo } from 'react';
import { outlookQuery } from '../../api/analytics';
import { settingsQuery } from '../../api/settings';
import { shipmentListQuery } from '../../api/shipments';
import { ChartCard } from '../../charts/chart-card';
import { HhiLinesChart } from '../../charts/hhi-lines-chart';
import { MEASURE_COLOURS } from '../../charts/palette';
import { StackedBarChart } from '../../charts/volume-chart';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { bandSetName, HHI_BAND_SHORT } from '../../format/bands';
import { formatDate, formatRange } from '../../format/dates';
import {
  formatHhi,
  formatInteger,
  formatShare,
  formatSignedNumber,
  formatVolumeShort,
} from '../../format/numbers';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { ErrorState, KpiSkeletons } from '../../layout/states';
import { growingCurrency, incomingRange, outlookModel } from './outlook-model';
import { WhatIfTabs } from './what-if-tabs';

function Band({ band }: { band: HhiBand | null }) {
  return band ? <span className={`band band-${band}`}>{HHI_BAND_SHORT[band]}</span> : null;
}

/** HHI lines per period of one dimension: delivered only, and with the incoming cargoes. */
function HhiWhenTheyLand(props: {
  title: string;
  of: 'origin' | 'payment currency';
  labels: string[];
  before: (number | null)[];
  after: (number | null)[];
  /** The HHI of periods with incoming cargoes only, drawn apart as points. */
  incomingOnly: (number | null)[];
  thresholds: ComponentProps<typeof HhiLinesChart>['bands'];
  table: ComponentProps<typeof ChartCard>['table'];
  fileSuffix: string;
}) {
  return (
    <ChartCard
      className="span-6"
      title={props.title}
      subtitle={
        props.incomingOnly.some((value) => value !== null)
          ? `HHI by ${props.of}: delivered only, and with the incoming cargoes; a period where only incoming cargoes land is drawn apart (its HHI covers those few cargoes, not the whole market)`
          : `HHI by ${props.of}: delivered only, and with the incoming cargoes`
      }
      status={props.labels.length ? 'ready' : 'empty'}
      table={props.table}
      fileSuffix={props.fileSuffix}
    >
      <HhiLinesChart
        labels={props.labels}
        bands={props.thresholds}
        lines={[
          { label: 'Delivered', values: props.before, colour: MEASURE_COLOURS.primary },
          { label: 'With incoming', values: props.after, colour: MEASURE_COLOURS.secondary, dashed: true },
          ...(props.incomingOnly.some((value) => value !== null)
            ? [
                {
                  label: 'Incoming cargoes only (not the whole market)',
                  values: props.incomingOnly,
                  colour: MEASURE_COLOURS.apart,
                  pointRadius: 5,
                  dashed: true,
                },
              ]
            : []),
        ]}
        label={`Lines of the HHI by ${props.of} per period, delivered only and with the incoming cargoes`}
      />
    </ChartCard>
  );
}

/** The incoming cargoes (contracted, in transit) of the code filters, whatever the period: a few rows. */
function useIncomingCargoes(apiParams: URLSearchParams) {
  const query = new URLSearchParams(apiParams);
  query.delete('from');
  query.delete('to');
  query.set('status', 'contracted,in_transit');
  query.set('limit', '1');
  const first = new URLSearchParams(query);
  first.set('sort', 'arrivalDate:asc');
  const last = new URLSearchParams(query);
  last.set('sort', 'arrivalDate:desc');
  const earliest = useQuery(shipmentListQuery(first));
  const latest = useQuery(shipmentListQuery(last));
  const firstItem: Shipment | undefined = (earliest.data as Page<Shipment> | undefined)?.items[0];
  const lastItem: Shipment | undefined = (latest.data as Page<Shipment> | undefined)?.items[0];
  return firstItem && lastItem
    ? { total: earliest.data?.total ?? 0, earliest: firstItem.arrivalDate, latest: lastItem.arrivalDate }
    : null;
}

/** What-if on the incoming side: HHI and currency mix once the contracted and in-transit cargoes land. */
export function OutlookPage() {
  const { filters, range, apiParams, setFilters, importer } = useDashboardFilters();
  const settings = useQuery(settingsQuery);
  const outlook = useQuery(outlookQuery(apiParams, filters.granularity));
  const incoming = useIncomingCargoes(apiParams);
  const model = useMemo(
    () => (outlook.data ? outlookModel(outlook.data, filters.granularity) : null),
    [outlook.data, filters.granularity],
  );
  const data = outlook.data;
  const total = data?.total;
  const fileSuffix = range ? `${range.from}_${range.to}` : 'all-time';
  const grower = model ? growingCurrency(model.shifts) : null;
  const landing =
    incoming && settings.data
      ? incomingRange(incoming.earliest, incoming.latest, settings.data.fiscalYearStartMonth)
      : null;
  const inRange = total ? total.incomingShipments : 0;
  const bands = data?.bands ?? settings.data?.hhiBands;

  return (
    <div className={`page${outlook.isPlaceholderData ? ' is-updating' : ''}`}>
      <PageHeader
        title="What-if: the incoming cargoes land"
        subtitle={describeFilters(filters, range, importer)}
      />
      <WhatIfTabs />

      {incoming && landing && inRange < incoming.total ? (
        <div className="card notice" role="note">
          <p>
            <strong>
              {formatInteger(incoming.total)} contracted or in-transit cargo
              {incoming.total === 1 ? ' is' : 'es are'} expected
            </strong>{' '}
            between {formatDate(incoming.earliest)} and {formatDate(incoming.latest)}
            {inRange ? `; ${formatInteger(inRange)} of them in this period` : ', after this period'}.
          </p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() =>
              setFilters({ range: 'custom', from: landing.from, to: landing.to, granularity: 'quarter' })
            }
          >
            Show {formatRange(landing.from, landing.to)} (the fiscal year{landing.years > 1 ? 's' : ''} they
            land in)
          </button>
        </div>
      ) : null}

      {outlook.isError && !data ? (
        <div className="card">
          <ErrorState error={outlook.error} onRetry={() => void outlook.refetch()} />
        </div>
      ) : !total || !model ? (
        <KpiSkeletons count={4} />
      ) : (
        <>
          <div className="kpi-grid kpi-grid-4">
            <div className="card kpi" data-kpi="incoming">
              <p className="kpi-label">Incoming</p>
              <p className="kpi-value">{formatVolumeShort(total.incomingTonnes, 't')}</p>
              <div className="kpi-detail">
                {formatInteger(total.incomingShipments)} cargo{total.incomingShipments === 1 ? '' : 'es'}{' '}
                contracted or in transit, on {formatVolumeShort(total.delivered.tonnes, 't')} delivered
              </div>
            </div>
            <div className="card kpi" data-kpi="hhi-origin">
              <p className="kpi-label">HHI by origin, with incoming</p>
              <p className="kpi-value">
                {total.withIncoming.hhiByOrigin === null ? '–' : formatHhi(total.withIncoming.hhiByOrigin)}
                <Band band={total.withIncoming.bandByOrigin} />
              </p>
              <div className="kpi-detail" data-detail="hhi-origin">
                now {total.delivered.hhiByOrigin === null ? '–' : formatHhi(total.delivered.hhiByOrigin)}
                {total.hhiByOriginChange === null
                  ? ''
                  : ` · ${formatSignedNumber(total.hhiByOriginChange, 1)}`}
              </div>
            </div>
            <div className="card kpi" data-kpi="hhi-currency">
              <p className="kpi-label">HHI by currency, with incoming</p>
              <p className="kpi-value">
                {total.withIncoming.hhiByCurrency === null
                  ? '–'
                  : formatHhi(total.withIncoming.hhiByCurrency)}
                <Band band={total.withIncoming.bandByCurrency} />
              </p>
              <div className="kpi-detail" data-detail="hhi-currency">
                now {total.delivered.hhiByCurrency === null ? '–' : formatHhi(total.delivered.hhiByCurrency)}
                {total.hhiByCurrencyChange === null
                  ? ''
                  : ` · ${formatSignedNumber(total.hhiByCurrencyChange, 1)}`}
              </div>
            </div>
            <div className="card kpi" data-kpi="currency-shift">
              <p className="kpi-label">Currency that gains</p>
              <p className="kpi-value">{grower ? grower.label : '–'}</p>
              <div className="kpi-detail">
                {grower
                  ? `${formatShare(grower.shareBefore)} → ${formatShare(grower.shareAfter)} of tonnes`
                  : 'the mix stays as it is'}
              </div>
            </div>
          </div>

          {bands ? (
            <p className="muted bands-line" data-bands={bands.set}>
              Bands: {bandSetName(bands)}. Incoming cargoes count on their expected arrival date;
              {data.shipmentsWithoutFxRate
                ? ` ${formatInteger(data.shipmentsWithoutFxRate)} shipments without an fx rate add nothing to USD values.`
                : ' every shipment with a value has an fx rate.'}
            </p>
          ) : null}

          <div className="grid">
            <HhiWhenTheyLand
              title="Supplier concentration when they land"
              of="origin"
              labels={model.labels}
              before={model.hhiOriginBefore}
              after={model.hhiOriginAfter}
              incomingOnly={model.hhiOriginIncomingOnly}
              thresholds={bands?.thresholds}
              table={model.periodTable}
              fileSuffix={fileSuffix}
            />
            <HhiWhenTheyLand
              title="Currency concentration when they land"
              of="payment currency"
              labels={model.labels}
              before={model.hhiCurrencyBefore}
              after={model.hhiCurrencyAfter}
              incomingOnly={model.hhiCurrencyIncomingOnly}
              thresholds={bands?.thresholds}
              table={model.periodTable}
              fileSuffix={`currency_${fileSuffix}`}
            />
            <ChartCard
              className="span-12"
              title="Currency mix before and after"
              subtitle="share of tonnes by payment currency over the whole period; the table adds the shares of USD value"
              status={model.mixSeries.length ? 'ready' : 'empty'}
              table={model.mixTable}
              fileSuffix={fileSuffix}
              height={220}
            >
              <StackedBarChart
                labels={['Delivered', 'With incoming']}
                series={model.mixSeries}
                unit="percent"
                height={220}
                horizontal
                label="Two bars, delivered and with incoming cargoes, stacked by payment currency share"
              />
            </ChartCard>
          </div>
        </>
      )}
    </div>
  );
}
