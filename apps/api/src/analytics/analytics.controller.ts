import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  AnalyticsSummary,
  ConcentrationSeries,
  FlowDiagram,
  LandedPrices,
  Outlook,
  ScenarioResult,
  Timeseries,
} from '@tradeflow/domain';
import { DataVersionCacheInterceptor } from '../cache-versions/data-version-cache.interceptor';
import { AnalyticsService } from './analytics.service';
import {
  ConcentrationQueryDto,
  FlowsQueryDto,
  OutlookQueryDto,
  PricesQueryDto,
  ScenarioQueryDto,
  SummaryQueryDto,
  TimeseriesQueryDto,
} from './dto/analytics-queries';
import { FlowDiagramDto, OutlookDto } from './dto/flow-outlook-responses.dto';
import { FlowDiagramService } from './flow-diagram.service';
import { OutlookService } from './outlook.service';
import { LandedPricesDto } from './dto/prices-responses.dto';
import { PricesService } from './prices.service';
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
@UseInterceptors(DataVersionCacheInterceptor)
export class AnalyticsController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly flowDiagram: FlowDiagramService,
    private readonly outlookService: OutlookService,
    private readonly pricesService: PricesService,
  ) {}

  @Get('summary')
  @ApiOperation({
    summary: 'Totals, shares and diversification (HHI, effective suppliers, Shannon) by one dimension',
    description:
      'All shipment filters apply (arrival date from/to inclusive). Groups are sorted by tonnes. Next to the ' +
      'HHI: its band under the server HHI_BANDS (named in `bands`), top-1 and top-3 share, the share of ' +
      '`regionGroup`, the WITS-normalised HHI and the supplier count, all by `basis` (volume or USD value). ' +
      '`conversions` gives the barrels-per-tonne factors used and any per-shipment API-gravity overrides.',
  })
  @ApiOkResponse({ type: AnalyticsSummaryDto })
  summary(@Query() query: SummaryQueryDto): Promise<AnalyticsSummary> {
    return this.analytics.summary(query);
  }

  @Get('timeseries')
  @ApiOperation({
    summary:
      'One series per group over time buckets (every bucket of the range, zeros where nothing arrived)',
    description:
      'Buckets: day, ISO week (Monday), month, quarter, year, fiscal_year (start month: fiscalYearStartMonth, ' +
      'else FISCAL_YEAR_START_MONTH; labelled FY2023-24). Fiscal years are whole months and read the monthly ' +
      'rollup; day and week read the shipments table. Flow-rate metrics (tonnesPerDay, barrelsPerDay, kbd = ' +
      "thousand b/d) divide each bucket's total by `days`: its calendar days, or for a first/last bucket cut " +
      'by from/to only its days inside the range.',
  })
  @ApiOkResponse({ type: TimeseriesDto })
  timeseries(@Query() query: TimeseriesQueryDto): Promise<Timeseries> {
    return this.analytics.timeseries(query);
  }

  @Get('concentration')
  @ApiOperation({
    summary: 'HHI, effective suppliers, Shannon and top share per period (hhi null where nothing arrived)',
    description:
      'Per period next to the HHI: its band (under `bands`, the server HHI_BANDS: 2023 US Merger Guidelines ' +
      'by default), the change against the previous period and whether it is a significant rise (> 100), ' +
      'top-1 and top-3 share, the share of `regionGroup` (GCC by default), the WITS-normalised HHI and the ' +
      'supplier count; by tonnes or, with basis=value, by USD value (shipments without a rate are counted).',
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

  @Get('flows')
  @ApiOperation({
    summary: 'Sankey-ready flows: origin -> route -> discharge port of the selected shipments',
    description:
      'Nodes in three columns (origin, route, port; `port:none` for shipments without a discharge port) and ' +
      'links with tonnes, barrels and shipment counts. Each link names the filters that list its shipments ' +
      '(`drillDown`, e.g. `origin=RU&route=sea` or `route=sea&dischargePort=PKKHI` on GET /api/shipments).',
  })
  @ApiOkResponse({ type: FlowDiagramDto })
  flows(@Query() query: FlowsQueryDto): Promise<FlowDiagram> {
    return this.flowDiagram.diagram(query);
  }

  @Get('outlook')
  @ApiOperation({
    summary: 'What-if on the incoming side: HHI and currency mix when contracted and in-transit cargoes land',
    description:
      'Per period (by arrival date, expected for incoming shipments) and in total: delivered shipments only ' +
      'next to delivered plus contracted and in_transit, with the HHI by origin and by currency and the ' +
      'currency mix (by tonnes and USD value). Takes every shipment filter but `status`.',
  })
  @ApiOkResponse({ type: OutlookDto })
  outlook(@Query() query: OutlookQueryDto): Promise<Outlook> {
    return this.outlookService.outlook(query);
  }

  @Get('prices')
  @ApiOperation({
    summary:
      'Landed prices (USD/bbl, USD/t) by origin and period, and the discount or premium against a benchmark',
    description:
      'Volume-weighted: sum of USD values / sum of volumes over the shipments that have a USD value (a USD payment, ' +
      'or a rate on or before arrival), in PostgreSQL numeric; `shipmentsWithoutValue` counts the others. Filter ' +
      '`priceBasis` (FOB, CFR, CIF, DES, unknown) to compare like with like, and `commodity=crude_oil` against a crude ' +
      'benchmark. With `benchmark` (GET /api/benchmarks), each valued shipment is compared with the benchmark price of ' +
      'its arrival month (match=arrival, default) or loading month (match=loading: the departure date), weighted by its ' +
      'barrels: discount = price - benchmark in USD/bbl and in % of the benchmark. A month without a benchmark price ' +
      'leaves its shipments out (`unmatchedShipments`); a period where no shipment is matched has a null discount, never 0. ' +
      'An unknown benchmark code is a 400 naming `benchmark`.',
  })
  @ApiOkResponse({ type: LandedPricesDto })
  prices(@Query() query: PricesQueryDto): Promise<LandedPrices> {
    return this.pricesService.prices(query);
  }
}
