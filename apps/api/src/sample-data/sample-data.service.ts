import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ShipmentsService } from '../shipments/shipments.service';
import { SourcesService } from '../sources/sources.service';
import { TargetsService } from '../targets/targets.service';
import { illustrativeGulfSeries } from './illustrative-gulf-series';
import { OfficialStatsSampleLoader } from './official-stats-sample.loader';
import { SEED_STORY_SHIPMENTS, SEED_STORY_SOURCES, SEED_STORY_TARGETS } from './seed-story';

/** Loads the sample set into an empty database on first start, unless SAMPLE_DATA=false. */
@Injectable()
export class SampleDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SampleDataService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    private readonly sources: SourcesService,
    private readonly targets: TargetsService,
    private readonly officialSample: OfficialStatsSampleLoader,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.sampleData) return;
    const [{ present }] = (await this.dataSource.query(
      'SELECT EXISTS (SELECT 1 FROM shipments) AS present',
    )) as [{ present: boolean }];
    if (present) return;
    const inserted = await this.shipments.insertMany([...SEED_STORY_SHIPMENTS, ...illustrativeGulfSeries()]);
    await this.dataSource.transaction(async (manager) => {
      for (const { shipmentId, source, isRecord } of SEED_STORY_SOURCES) {
        await this.sources.insert(manager, shipmentId, source, isRecord);
      }
      const [{ count }] = (await manager.query('SELECT count(*) AS count FROM targets')) as [
        { count: number },
      ];
      if (count === 0) for (const target of SEED_STORY_TARGETS) await this.targets.insert(manager, target);
    });
    await this.officialSample.loadIfEmpty();
    this.logger.log(
      `loaded ${inserted} sample shipments (seed story + illustrative Gulf series), the first cargo's sources and two targets`,
    );
  }
}
