import { Global, Module } from '@nestjs/common';
import { AnalyticsSettingsService } from './analytics-settings.service';
import { SettingsController } from './settings.controller';

/** Global: analytics, outlook and targets read the same settings. */
@Global()
@Module({
  controllers: [SettingsController],
  providers: [AnalyticsSettingsService],
  exports: [AnalyticsSettingsService],
})
export class SettingsModule {}
