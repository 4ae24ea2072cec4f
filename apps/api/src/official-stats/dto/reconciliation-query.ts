import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  DEFAULT_RECONCILIATION_THRESHOLDS,
  OFFICIAL_HS_CODES,
  type ReconciliationQuery,
} from '@tradeflow/domain';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { CommaList, IsCodeList } from '../../shipments/filters/code-list.validators';
import { ShipmentFiltersQuery } from '../../shipments/filters/shipment-filters.query';

const OFFICIAL_COMMODITIES = [...new Set(Object.values(OFFICIAL_HS_CODES).map((hs) => hs.commodity))];

export class ReconciliationQueryDto
  extends PickType(ShipmentFiltersQuery, ['from', 'to', 'origin', 'destination'] as const)
  implements ReconciliationQuery
{
  @ApiPropertyOptional({
    description: `Commodities, comma-separated: those official statistics cover (${OFFICIAL_COMMODITIES.join(', ')}); both by default`,
    example: 'crude_oil',
    type: String,
  })
  @IsOptional()
  @CommaList()
  @IsCodeList(
    (code) => (OFFICIAL_COMMODITIES as string[]).includes(code),
    'commodity that official statistics cover',
  )
  commodity?: string[];

  @ApiPropertyOptional({
    default: DEFAULT_RECONCILIATION_THRESHOLDS.percent,
    minimum: 0,
    description:
      'A gap is flagged when it is more than this percentage of the official tonnes (and more than gapTonnes)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'gapPercent must be a number from 0 to 1000' })
  @Min(0, { message: 'gapPercent must be a number from 0 to 1000' })
  @Max(1000, { message: 'gapPercent must be a number from 0 to 1000' })
  gapPercent?: number;

  @ApiPropertyOptional({
    default: DEFAULT_RECONCILIATION_THRESHOLDS.tonnes,
    minimum: 0,
    description: 'A gap is flagged when it is more than this many tonnes (and more than gapPercent)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'gapTonnes must be a number of 0 or more' })
  @Min(0, { message: 'gapTonnes must be a number of 0 or more' })
  gapTonnes?: number;
}
