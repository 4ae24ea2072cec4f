import { Module } from '@nestjs/common';
import { BenchmarksModule } from '../benchmarks/benchmarks.module';
import { FxRatesModule } from '../fx-rates/fx-rates.module';
import { SavedViewsModule } from '../saved-views/saved-views.module';
import { OfficialStatsModule } from '../official-stats/official-stats.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { SourcesModule } from '../sources/sources.module';
import { TargetsModule } from '../targets/targets.module';
import { OfficialStatsSampleLoader } from './official-stats-sample.loader';
import { SampleDataService } from './sample-data.service';

@Module({
  imports: [
    BenchmarksModule,
    FxRatesModule,
    SavedViewsModule,
    ShipmentsModule,
    SourcesModule,
    TargetsModule,
    OfficialStatsModule,
  ],
  providers: [SampleDataService, OfficialStatsSampleLoader],
})
export class SampleDataModule {}
