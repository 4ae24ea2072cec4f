import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ShipmentFiltersQuery } from '../filters/shipment-filters.query';
import { SORTABLE_FIELDS } from '../shipment-sort';

const SORT_PATTERN = new RegExp(`^(${Object.keys(SORTABLE_FIELDS).join('|')}):(asc|desc)$`);

export class ListShipmentsQuery extends ShipmentFiltersQuery {
  @ApiPropertyOptional({
    description: `field:direction, field one of ${Object.keys(SORTABLE_FIELDS).join(', ')}`,
    example: 'arrivalDate:desc',
    default: 'arrivalDate:desc',
  })
  @IsOptional()
  @IsString()
  @Matches(SORT_PATTERN, {
    message: `sort must be field:asc or field:desc with field one of ${Object.keys(SORTABLE_FIELDS).join(', ')}`,
  })
  sort?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer from 1 to 1000' })
  @Min(1, { message: 'limit must be an integer from 1 to 1000' })
  @Max(1000, { message: 'limit must be an integer from 1 to 1000' })
  limit?: number;

  @ApiPropertyOptional({
    minimum: 0,
    default: 0,
    description: 'Page by offset (or use cursor for deep pages)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a non-negative integer' })
  @Min(0, { message: 'offset must be a non-negative integer' })
  @Max(10_000_000, { message: 'offset must be at most 10000000; page deeper with cursor' })
  offset?: number;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page (keyset pagination)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
