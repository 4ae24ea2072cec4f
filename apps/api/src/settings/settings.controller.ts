import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AnalyticsSettings } from '@tradeflow/domain';
import { AnalyticsSettingsService } from './analytics-settings.service';
import { AnalyticsSettingsDto } from './dto/analytics-settings.dto';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: AnalyticsSettingsService) {}

  @Get()
  @ApiOperation({
    summary: 'The analytics settings of this server: fiscal year start, HHI bands, region groups, factors',
    description:
      'FISCAL_YEAR_START_MONTH is the default of every `fiscalYearStartMonth`; HHI_BANDS names the bands every ' +
      'concentration answer is read against.',
  })
  @ApiOkResponse({ type: AnalyticsSettingsDto })
  get(): AnalyticsSettings {
    return this.settings.settings();
  }
}
