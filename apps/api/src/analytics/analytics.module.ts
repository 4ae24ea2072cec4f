import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsReader } from './analytics-reader';
import { AnalyticsService } from './analytics.service';
import { BarrelConversionsReader } from './barrel-conversions';

@Module({
  controllers: [AnalyticsController],
  providers: [AnalyticsService, AnalyticsReader, BarrelConversionsReader],
  exports: [AnalyticsReader, BarrelConversionsReader, AnalyticsService],
})
export class AnalyticsModule {}
