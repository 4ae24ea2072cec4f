import { Module } from '@nestjs/common';
import { FxRatesModule } from '../fx-rates/fx-rates.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { SourcesModule } from '../sources/sources.module';
import { TargetsModule } from '../targets/targets.module';
import { SampleDataService } from './sample-data.service';

@Module({
  imports: [FxRatesModule, ShipmentsModule, SourcesModule, TargetsModule],
  providers: [SampleDataService],
})
export class SampleDataModule {}
