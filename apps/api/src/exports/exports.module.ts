import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics';
import { AnalyticsExportService } from './analytics-export.service';
import { ExportsController } from './exports.controller';
import { ShipmentsExportService } from './shipments-export.service';

@Module({
  imports: [AnalyticsModule],
  controllers: [ExportsController],
  providers: [ShipmentsExportService, AnalyticsExportService],
  exports: [ShipmentsExportService, AnalyticsExportService],
})
export class ExportsModule {}
