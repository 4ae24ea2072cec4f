import { Module } from '@nestjs/common';
import { BenchmarksModule } from '../benchmarks/benchmarks.module';
import { ReplicaReader } from '../database/replica-reader';
import { SupplyRiskModule } from '../supply-risk/supply-risk.module';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsReader } from './analytics-reader';
import { AnalyticsService } from './analytics.service';
import { BarrelConversionsReader } from './barrel-conversions';
import { FreshnessController } from './freshness.controller';
import { FreshnessService } from './freshness.service';
import { FlowDiagramService } from './flow-diagram.service';
import { OutlookService } from './outlook.service';
import { PricesService } from './prices.service';

@Module({
  imports: [BenchmarksModule, SupplyRiskModule],
  controllers: [AnalyticsController, FreshnessController],
  providers: [
    FreshnessService,
    AnalyticsService,
    ReplicaReader,
    AnalyticsReader,
    BarrelConversionsReader,
    FlowDiagramService,
    OutlookService,
    PricesService,
  ],
  exports: [AnalyticsReader, BarrelConversionsReader, AnalyticsService],
})
export class AnalyticsModule {}
