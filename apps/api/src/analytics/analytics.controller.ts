import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AnalyticsSummary, ConcentrationSeries, ScenarioResult, Timeseries } from '@tradeflow/domain';
import { AnalyticsService } from './analytics.service';
import {
  ConcentrationQueryDto,
  ScenarioQueryDto,
  SummaryQueryDto,
  TimeseriesQueryDto,
} from './dto/analytics-queries';
import {
  AnalyticsSummaryDto,
  ConcentrationSeriesDto,
  ScenarioResultDto,
  TimeseriesDto,
} from './dto/analytics-responses.dto';

@ApiTags('analytics')
@ApiBadRequestResponse({
  description:
    'Unknown groupBy/dimension/granularity/metric, bad or reversed dates, unknown codes, bad exclude: ' +
    '`{ message, errors: [{ field, message }] }`',
})
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('summary')
  @ApiOperation({
    summary: 'Totals, shares and diversification (HHI, effective suppliers, Shannon) by one dimension',
    description: 'All shipment filters apply (arrival date from/to inclusive). Groups are sorted by tonnes.',
  })
  @ApiOkResponse({ type: AnalyticsSummaryDto })
  summary(@Query() query: SummaryQueryDto): Promise<AnalyticsSummary> {
    return this.analytics.summary(query);
  }

  @Get('timeseries')
  @ApiOperation({
    summary:
      'One series per group over time buckets (every bucket of the range, zeros where nothing arrived)',
  })
  @ApiOkResponse({ type: TimeseriesDto })
  timeseries(@Query() query: TimeseriesQueryDto): Promise<Timeseries> {
    return this.analytics.timeseries(query);
  }

  @Get('concentration')
  @ApiOperation({
    summary: 'HHI, effective suppliers, Shannon and top share per period (hhi null where nothing arrived)',
  })
  @ApiOkResponse({ type: ConcentrationSeriesDto })
  concentration(@Query() query: ConcentrationQueryDto): Promise<ConcentrationSeries> {
    return this.analytics.concentration(query);
  }

  @Get('scenario')
  @ApiOperation({
    summary:
      'What if a supplier, route, currency... is cut off: volume and share at risk, HHI of what remains',
    description:
      'Per period and over the whole range: the volume of shipments that match any `exclude` item, its ' +
      'share, the remaining volume and its concentration over `dimension`, next to the concentration before.',
  })
  @ApiOkResponse({ type: ScenarioResultDto })
  scenario(@Query() query: ScenarioQueryDto): Promise<ScenarioResult> {
    return this.analytics.scenario(query);
  }
}
