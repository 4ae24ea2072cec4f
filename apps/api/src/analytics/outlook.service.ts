import { Injectable } from '@nestjs/common';
import {
  concentrationOf,
  type CurrencyMixItem,
  groupLabel,
  type HhiBandSet,
  hhiBand,
  INCOMING_STATUSES,
  type Outlook,
  type OutlookComparison,
  type OutlookFigures,
} from '@tradeflow/domain';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { AnalyticsReader } from './analytics-reader';
import { compareKeys, groupRowsByBucket } from './analytics.service';
import { assertBucketCount, bucketRange } from './bucket-range';
import type { OutlookQueryDto } from './dto/analytics-queries';
import { type FlowDimension, type FlowRow, setOf, totalRow } from './flow-query';

// Every combination of period, group and incoming/delivered (CUBE), as in the scenario.
const CUBE: FlowDimension[][] = [
  ['bucket', 'key', 'excluded'],
  ['bucket', 'key'],
  ['bucket', 'excluded'],
  ['bucket'],
  ['key', 'excluded'],
  ['key'],
  ['excluded'],
  [],
];

/**
 * What-if on the incoming side: shipments contracted or in transit counted as if they had landed on
 * their (expected) arrival date, next to what has been delivered. Two flow queries (by origin and
 * by currency) in which `excluded` marks the incoming shipments; delivered-only is the excluded=false
 * half, delivered+incoming the rows without that dimension, all summed in PostgreSQL.
 */
@Injectable()
export class OutlookService {
  constructor(
    private readonly reader: AnalyticsReader,
    private readonly settings: AnalyticsSettingsService,
  ) {}

  async outlook(query: OutlookQueryDto): Promise<Outlook> {
    const granularity = query.granularity ?? 'month';
    const options = this.settings.bucketOptions(query);
    assertBucketCount(query, granularity, options);
    const base = {
      filters: query,
      granularity,
      fiscalYearStartMonth: options.fiscalYearStartMonth,
      excludedStatuses: INCOMING_STATUSES,
      groupingSets: CUBE,
    };
    const [originRows, currencyRows] = await Promise.all([
      this.reader.flows({ ...base, groupBy: 'origin', measures: ['shipments'] }),
      this.reader.flows({ ...base, groupBy: 'currency', measures: ['shipments', 'valueUsd'] }),
    ]);
    const range = bucketRange(query, totalRow(originRows), granularity, options);
    const originByBucket = groupRowsByBucket(originRows);
    const currencyByBucket = groupRowsByBucket(currencyRows);
    const set = this.settings.bandSet;
    return {
      granularity,
      bands: this.settings.bands,
      incomingStatuses: [...INCOMING_STATUSES],
      periods: range.starts.map((period, index) => ({
        period,
        label: range.labels[index] as string,
        ...comparison(originByBucket.get(period) ?? [], currencyByBucket.get(period) ?? [], true, set),
      })),
      total: comparison(originByBucket.get(null) ?? [], currencyByBucket.get(null) ?? [], false, set),
      shipmentsWithoutFxRate: totalRow(currencyRows).withoutRate,
    };
  }
}

type Side = 'delivered' | 'withIncoming';

function comparison(
  origin: FlowRow[],
  currency: FlowRow[],
  bucketed: boolean,
  set: HhiBandSet,
): OutlookComparison {
  const sets = setsOf(bucketed);
  const delivered = figures(origin, currency, 'delivered', sets, set);
  const withIncoming = figures(origin, currency, 'withIncoming', sets, set);
  const incoming = currency.find((row) => row.set === sets.total(true) && row.excluded === true);
  const change = (after: number | null, before: number | null) =>
    after === null || before === null ? null : after - before;
  return {
    delivered,
    withIncoming,
    incomingTonnes: incoming ? Number(incoming.tonnes) : 0,
    incomingShipments: incoming?.shipments ?? 0,
    hhiByOriginChange: change(withIncoming.hhiByOrigin, delivered.hhiByOrigin),
    hhiByCurrencyChange: change(withIncoming.hhiByCurrency, delivered.hhiByCurrency),
  };
}

function setsOf(bucketed: boolean) {
  const withBucket = (...dimensions: FlowDimension[]) =>
    bucketed ? setOf('bucket', ...dimensions) : setOf(...dimensions);
  return {
    /** The grouping set of the side's totals: split by `excluded` for delivered-only. */
    total: (split: boolean) => (split ? withBucket('excluded') : withBucket()),
    groups: (split: boolean) => (split ? withBucket('key', 'excluded') : withBucket('key')),
  };
}

function figures(
  origin: FlowRow[],
  currency: FlowRow[],
  side: Side,
  sets: ReturnType<typeof setsOf>,
  bandSet: HhiBandSet,
): OutlookFigures {
  const split = side === 'delivered';
  const ofSide = (row: FlowRow, wanted: number) => row.set === wanted && (!split || row.excluded === false);
  const total = currency.find((row) => ofSide(row, sets.total(split)));
  const tonnes = total ? Number(total.tonnes) : 0;
  const valueUsd = total ? Number(total.valueUsd) : 0;
  const origins = origin.filter((row) => ofSide(row, sets.groups(split)));
  const currencies = currency.filter((row) => ofSide(row, sets.groups(split)));
  const byOrigin = concentrationOf(
    origins.map((row) => ({ key: row.key as string, amount: Number(row.tonnes) })),
  );
  const byCurrency = concentrationOf(
    currencies.map((row) => ({ key: row.key as string, amount: Number(row.tonnes) })),
  );
  const currencyMix: CurrencyMixItem[] = currencies
    .map((row) => ({
      key: row.key as string,
      label: groupLabel('currency', row.key as string),
      tonnes: Number(row.tonnes),
      share: tonnes > 0 ? Number(row.tonnes) / tonnes : 0,
      valueUsd: Number(row.valueUsd),
      valueShare: valueUsd > 0 ? Number(row.valueUsd) / valueUsd : 0,
    }))
    .sort((a, b) => b.tonnes - a.tonnes || compareKeys(a.key, b.key));
  return {
    tonnes,
    shipments: total?.shipments ?? 0,
    valueUsd,
    hhiByOrigin: byOrigin.hhi,
    effectiveSuppliersByOrigin: byOrigin.effectiveSuppliers,
    bandByOrigin: byOrigin.hhi === null ? null : hhiBand(byOrigin.hhi, bandSet),
    topOriginKey: byOrigin.topKey,
    topOriginShare: byOrigin.topShare,
    hhiByCurrency: byCurrency.hhi,
    bandByCurrency: byCurrency.hhi === null ? null : hhiBand(byCurrency.hhi, bandSet),
    currencyMix,
  };
}
