import { Module } from '@nestjs/common';
import { ShipmentsModule } from '../shipments/shipments.module';
import { SourcesModule } from '../sources/sources.module';
import { TargetsModule } from '../targets/targets.module';
import { SampleDataService } from './sample-data.service';

@Module({ imports: [ShipmentsModule, SourcesModule, TargetsModule], providers: [SampleDataService] })
export class SampleDataModule {}
