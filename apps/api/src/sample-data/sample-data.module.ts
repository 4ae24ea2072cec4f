import { Module } from '@nestjs/common';
import { OfficialStatsModule } from '../official-stats/official-stats.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { SourcesModule } from '../sources/sources.module';
import { TargetsModule } from '../targets/targets.module';
import { OfficialStatsSampleLoader } from './official-stats-sample.loader';
import { SampleDataService } from './sample-data.service';

@Module({
  imports: [ShipmentsModule, SourcesModule, TargetsModule, OfficialStatsModule],
  providers: [SampleDataService, OfficialStatsSampleLoader],
})
export class SampleDataModule {}
