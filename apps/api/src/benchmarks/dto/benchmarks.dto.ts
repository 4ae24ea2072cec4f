import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Benchmark,
  BENCHMARK_FREQUENCIES,
  type BenchmarkFrequency,
  type BenchmarkInput,
  type BenchmarkPrice,
  type BenchmarkPriceList,
  type BenchmarkPricesUpsertRequest,
  type BenchmarkPricesUpsertResult,
  MAX_BENCHMARK_PRICES_PER_REQUEST,
} from '@tradeflow/domain';
import { IsOptional, Validate, type ValidationArguments, ValidatorConstraint } from 'class-validator';
import type { ValidatorConstraintInterface } from 'class-validator';
import { IsIsoDateString } from '../../shipments/filters/code-list.validators';

export class BenchmarkDto implements Benchmark {
  @ApiProperty({ example: 'BRENT', description: '2 to 16 upper-case letters, digits or _' })
  code!: string;
  @ApiProperty({ example: 'Brent' })
  name!: string;
  @ApiProperty({
    enum: BENCHMARK_FREQUENCIES,
    description: "monthly: one price per month (its average); daily: a month's price is the mean of its days",
  })
  frequency!: BenchmarkFrequency;
  @ApiProperty({ nullable: true, type: String, description: 'Where the prices come from' })
  note!: string | null;
  @ApiProperty({ example: 82 })
  priceCount!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2019-01-01' })
  firstDate!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2025-10-01' })
  lastDate!: string | null;
}

export class BenchmarkInputDto implements BenchmarkInput {
  @ApiProperty({ example: 'Murban', maxLength: 100 })
  name!: string;
  @ApiPropertyOptional({ enum: BENCHMARK_FREQUENCIES, default: 'monthly' })
  frequency?: BenchmarkFrequency;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: 2000,
    example: 'ADNOC official selling price',
  })
  note?: string | null;
}

export class BenchmarkPriceDto implements BenchmarkPrice {
  @ApiProperty({
    example: '2023-06',
    description: 'YYYY-MM-DD; a monthly series takes YYYY-MM (or the 1st) and lists it as the 1st',
  })
  date!: string;
  @ApiProperty({ example: 74.95, description: 'USD per barrel, > 0, at most 4 decimals' })
  usdPerBarrel!: number;
}

export class BenchmarkPricesUpsertRequestDto implements BenchmarkPricesUpsertRequest {
  @ApiProperty({
    type: [BenchmarkPriceDto],
    maxItems: MAX_BENCHMARK_PRICES_PER_REQUEST,
    description: 'Each date at most once. All or nothing: one bad price and nothing is stored.',
    example: [
      { date: '2023-05', usdPerBarrel: 75.47 },
      { date: '2023-06', usdPerBarrel: 74.84 },
    ],
  })
  prices!: BenchmarkPriceDto[];
}

export class BenchmarkPricesUpsertResultDto implements BenchmarkPricesUpsertResult {
  @ApiProperty({ example: 2, description: 'Prices that were new' })
  inserted!: number;
  @ApiProperty({ example: 0, description: 'Prices that replaced a stored price of the same date' })
  updated!: number;
}

export class BenchmarkPriceListDto implements BenchmarkPriceList {
  @ApiProperty({ example: 'BRENT' })
  code!: string;
  @ApiProperty({ enum: BENCHMARK_FREQUENCIES })
  frequency!: BenchmarkFrequency;
  @ApiProperty({ type: [BenchmarkPriceDto], description: 'By date (a monthly price dated its 1st)' })
  items!: BenchmarkPriceDto[];
  @ApiProperty({ example: 12 })
  total!: number;
}

@ValidatorConstraint({ name: 'benchmarkFromNotAfterTo' })
class FromNotAfterTo implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = (args.object as BenchmarkPricesQueryDto).from;
    return typeof from !== 'string' || typeof to !== 'string' || from <= to;
  }
  defaultMessage(args: ValidationArguments): string {
    return `from (${(args.object as BenchmarkPricesQueryDto).from}) must not be after to (${args.value})`;
  }
}

export class BenchmarkPricesQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Price date on or after', example: '2023-01-01' })
  @IsOptional()
  @IsIsoDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Price date on or before', example: '2023-12-31' })
  @IsOptional()
  @IsIsoDateString()
  @Validate(FromNotAfterTo)
  to?: string;
}
