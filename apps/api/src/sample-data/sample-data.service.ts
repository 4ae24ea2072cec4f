import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import type { Actor } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BenchmarksService } from '../benchmarks/benchmarks.service';
import { FxRatesService } from '../fx-rates/fx-rates.service';
import { countSavedViews } from '../saved-views/saved-views-sql';
import { SavedViewsService } from '../saved-views/saved-views.service';
import { anyShipmentStored } from '../shipments/shipments-sql';
import { ShipmentsService } from '../shipments/shipments.service';
import { SourcesService } from '../sources/sources.service';
import { countTargets } from '../targets/targets-sql';
import { TargetsService } from '../targets/targets.service';
import { illustrativeShipments } from './illustrative-series';
import { OfficialStatsSampleLoader } from './official-stats-sample.loader';
import { SAMPLE_BENCHMARK_NOTE, sampleBenchmarkPrices } from './sample-benchmark-prices';
import { sampleFxRates } from './sample-fx-rates';
import { SEED_STORY_SHIPMENTS, SEED_STORY_SOURCES, SEED_STORY_TARGETS, SEED_STORY_VIEWS } from './seed-story';

const SAMPLE_OWNER: Actor = { type: 'system', id: null, name: 'sample data' };

/**
 * Loads the sample set into an empty database on first start, unless SAMPLE_DATA=false: the real,
 * sourced cargoes of the story and illustrative flows up to the day it is loaded, with fx rates.
 */
@Injectable()
export class SampleDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SampleDataService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly sources: SourcesService,
    private readonly targets: TargetsService,
    private readonly fxRates: FxRatesService,
    private readonly savedViews: SavedViewsService,
    private readonly officialSample: OfficialStatsSampleLoader,
    private readonly benchmarks: BenchmarksService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.sampleData) return;
    if (await anyShipmentStored(this.dataSource.manager)) return;
    const loadDate = this.clock().toISOString().slice(0, 10);
    const rates = sampleFxRates(loadDate);
    await this.fxRates.upsert({ rates });
    let benchmarkPrices = 0;
    for (const { code, prices } of sampleBenchmarkPrices(loadDate)) {
      // The built-in definition, its note saying the sample's prices are approximate.
      const { name, frequency } = await this.benchmarks.get(code);
      await this.benchmarks.define(code, { name, frequency, note: SAMPLE_BENCHMARK_NOTE });
      if (prices.length) await this.benchmarks.upsertPrices(code, prices);
      benchmarkPrices += prices.length;
    }
    const inserted = await this.shipments.insertMany([
      ...SEED_STORY_SHIPMENTS,
      ...illustrativeShipments(loadDate),
    ]);
    await this.dataSource.transaction(async (manager) => {
      for (const { shipmentId, source, isRecord } of SEED_STORY_SOURCES) {
        await this.sources.insert(manager, shipmentId, source, isRecord);
      }
      if ((await countTargets(manager)) === 0)
        for (const target of SEED_STORY_TARGETS) await this.targets.insert(manager, target);
      if ((await countSavedViews(manager)) === 0) {
        for (const view of SEED_STORY_VIEWS) await this.savedViews.insert(manager, view, SAMPLE_OWNER);
      }
    });
    await this.officialSample.loadIfEmpty();
    this.logger.log(
      `loaded ${inserted} sample shipments up to ${loadDate} (${SEED_STORY_SHIPMENTS.length} sourced, the rest illustrative), ` +
        `${SEED_STORY_SOURCES.length} sources, ${rates.length} fx rates, ${benchmarkPrices} benchmark prices (Brent, Dubai), two targets and ${SEED_STORY_VIEWS.length} saved views`,
    );
  }
}
