import { Module } from '@nestjs/common';
import { ShipmentsModule } from '../shipments/shipments.module';
import { SampleDataService } from './sample-data.service';

@Module({ imports: [ShipmentsModule], providers: [SampleDataService] })
export class SampleDataModule {}
