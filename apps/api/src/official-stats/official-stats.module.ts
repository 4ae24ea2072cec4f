import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics';
import { OfficialStatsController } from './official-stats.controller';
import { OfficialStatsService } from './official-stats.service';
import { ReconciliationService } from './reconciliation.service';

@Module({
  imports: [AnalyticsModule],
  controllers: [OfficialStatsController],
  providers: [OfficialStatsService, ReconciliationService],
  exports: [OfficialStatsService],
})
export class OfficialStatsModule {}
