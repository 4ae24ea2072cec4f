import { Module } from '@nestjs/common';
import { FxRatesModule } from '../fx-rates/fx-rates.module';
import { SavedViewsModule } from '../saved-views/saved-views.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { SourcesModule } from '../sources/sources.module';
import { TargetsModule } from '../targets/targets.module';
import { SampleDataService } from './sample-data.service';

@Module({
  imports: [FxRatesModule, SavedViewsModule, ShipmentsModule, SourcesModule, TargetsModule],
  providers: [SampleDataService],
})
export class SampleDataModule {}
