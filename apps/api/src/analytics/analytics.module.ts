import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsReader } from './analytics-reader';
import { AnalyticsService } from './analytics.service';
import { BarrelConversionsReader } from './barrel-conversions';
import { FlowDiagramService } from './flow-diagram.service';
import { OutlookService } from './outlook.service';

@Module({
  controllers: [AnalyticsController],
  providers: [AnalyticsService, AnalyticsReader, BarrelConversionsReader, FlowDiagramService, OutlookService],
  exports: [AnalyticsReader, BarrelConversionsReader, AnalyticsService],
})
export class AnalyticsModule {}
