import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type FxRate,
  type FxRateList,
  type FxRatesQuery,
  type FxRatesUpsertRequest,
  type FxRatesUpsertResult,
  isCurrencyCode,
  MAX_FX_RATES_PER_REQUEST,
} from '@tradeflow/domain';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  Max,
  Min,
  Validate,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { CommaList, IsCodeList, IsIsoDateString } from '../../shipments/filters/code-list.validators';

export class FxRateDto implements FxRate {
  @ApiProperty({ description: 'ISO 4217 code (not USD, which is always 1)', example: 'CNY' })
  currency!: string;
  @ApiProperty({ format: 'date', example: '2023-06-01' })
  date!: string;
  @ApiProperty({ description: 'USD per one unit of the currency; > 0, at most 10 decimals', example: 0.1406 })
  usdPerUnit!: number;
}

export class FxRatesUpsertRequestDto implements FxRatesUpsertRequest {
  @ApiProperty({
    type: [FxRateDto],
    maxItems: MAX_FX_RATES_PER_REQUEST,
    description: 'Each (currency, date) at most once. All or nothing: one bad rate and nothing is stored.',
    example: [
      { currency: 'CNY', date: '2023-06-01', usdPerUnit: 0.1406 },
      { currency: 'RUB', date: '2023-06-01', usdPerUnit: 0.01228 },
    ],
  })
  rates!: FxRateDto[];
}

export class FxRatesUpsertResultDto implements FxRatesUpsertResult {
  @ApiProperty({ example: 2, description: 'Rates that were new' })
  inserted!: number;
  @ApiProperty({
    example: 0,
    description: 'Rates that replaced a stored rate for the same currency and date',
  })
  updated!: number;
}

export class FxRateListDto implements FxRateList {
  @ApiProperty({ type: [FxRateDto], description: 'Sorted by currency, then date' })
  items!: FxRateDto[];
  @ApiProperty({ example: 2 })
  total!: number;
  @ApiProperty({ example: 1000 })
  limit!: number;
  @ApiProperty({ example: 0 })
  offset!: number;
}

@ValidatorConstraint({ name: 'fxFromNotAfterTo' })
class FromNotAfterTo implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = (args.object as FxRatesQueryDto).from;
    return typeof from !== 'string' || typeof to !== 'string' || from <= to;
  }
  defaultMessage(args: ValidationArguments): string {
    return `from (${(args.object as FxRatesQueryDto).from}) must not be after to (${args.value})`;
  }
}

export class FxRatesQueryDto implements FxRatesQuery {
  @ApiPropertyOptional({ description: 'ISO 4217 codes, comma-separated', example: 'CNY,RUB', type: String })
  @IsOptional()
  @CommaList()
  @IsCodeList(isCurrencyCode, 'ISO 4217 currency code')
  currency?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'Rate date on or after', example: '2023-01-01' })
  @IsOptional()
  @IsIsoDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Rate date on or before', example: '2023-12-31' })
  @IsOptional()
  @IsIsoDateString()
  @Validate(FromNotAfterTo)
  to?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 1000,
    default: 1000,
    description: 'Page size; page on with offset (total says how many there are)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer from 1 to 1000' })
  @Min(1, { message: 'limit must be an integer from 1 to 1000' })
  @Max(1000, { message: 'limit must be an integer from 1 to 1000' })
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'offset must be a non-negative integer' })
  @Min(0, { message: 'offset must be a non-negative integer' })
  offset?: number;
}
