import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  PickType,
} from '@nestjs/swagger';
import type { DataFreshness } from '@tradeflow/domain';
import { ShipmentFiltersQuery } from '../shipments/filters/shipment-filters.query';
import { FreshnessService } from './freshness.service';

/** Optionally one importer's records (the dashboard asks for the filter bar's importer). */
class FreshnessQueryDto extends PickType(ShipmentFiltersQuery, ['destination']) {}

class DataFreshnessDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-11-28',
    description: 'Latest arrival date of a delivered shipment on or before today; null when none',
  })
  latestArrivalDate!: string | null;

  @ApiProperty({ example: '2026-12-01', description: "The server's date (UTC)" })
  today!: string;
}

/** How fresh the cargo records are: the dashboard's "Data to" note. */
@ApiTags('analytics')
@Controller('analytics')
export class FreshnessController {
  constructor(private readonly freshnessService: FreshnessService) {}

  @Get('freshness')
  @ApiOperation({
    summary: 'The latest arrival date of the delivered shipments, and the server date',
    description:
      'A period (month, quarter, ...) is incomplete while it has not ended by `today`; the dashboard marks it and ' +
      'reads no change against the previous period from it.',
  })
  @ApiOkResponse({ type: DataFreshnessDto })
  freshness(@Query() query: FreshnessQueryDto): Promise<DataFreshness> {
    return this.freshnessService.freshness(query.destination);
  }
}
