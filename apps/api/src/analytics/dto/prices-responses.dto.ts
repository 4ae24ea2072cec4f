import { ApiProperty } from '@nestjs/swagger';
import {
  BENCHMARK_FREQUENCIES,
  type BenchmarkFrequency,
  type LandedPrices,
  type OriginPrices,
  PRICE_BASES,
  PRICE_MATCHES,
  type PriceBasis,
  type PriceMatch,
  type PricePoint,
  type PricesBenchmark,
  type PriceSeries,
} from '@tradeflow/domain';

export class PricePointDto implements PricePoint {
  @ApiProperty({ example: 3 })
  shipments!: number;
  @ApiProperty({
    example: 1,
    description: 'Shipments without a USD value (no value, or no fx rate): not in the price',
  })
  shipmentsWithoutValue!: number;
  @ApiProperty({ example: 90000, description: 'Tonnes of the shipments that have a USD value' })
  valuedTonnes!: number;
  @ApiProperty({ example: 659700 })
  valuedBarrels!: number;
  @ApiProperty({ example: 45000000.5, description: 'Sum of per-shipment USD values (each to the cent)' })
  valueUsd!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 68.2129,
    description: 'valueUsd / valuedBarrels (numeric, 4 decimals); null when no shipment has a value',
  })
  usdPerBarrel!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 500.0,
    description: 'valueUsd / valuedTonnes (2 decimals)',
  })
  usdPerTonne!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 74.9,
    description:
      "The benchmark over the same barrels: each valued shipment's matched-month price weighted by its barrels, " +
      'over the shipments whose month has a price; null when none has (missing, not 0)',
  })
  benchmarkUsdPerBarrel!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: -6.6871,
    description:
      'Price minus benchmark over the matched shipments, USD/bbl (negative: a discount); null when missing',
  })
  discountUsdPerBarrel!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: -8.93,
    description: 'The discount in % of the benchmark',
  })
  discountPercent!: number | null;
  @ApiProperty({
    example: 0,
    description:
      'Valued shipments left out of the discount: their matched month has no benchmark price (or, matched by loading month, no departure date)',
  })
  unmatchedShipments!: number;
}

const numbers = (description: string) => ({
  type: 'array' as const,
  items: { type: 'number' as const },
  description,
});
const nullableNumbers = (description: string) => ({
  type: 'array' as const,
  items: { type: 'number' as const, nullable: true },
  description,
});

/** PricePointDto's fields, each as an array with one entry per bucket (in `buckets` order). */
export class PriceSeriesDto implements PriceSeries {
  @ApiProperty(numbers('Shipments per bucket'))
  shipments!: number[];
  @ApiProperty(numbers('Shipments without a USD value per bucket'))
  shipmentsWithoutValue!: number[];
  @ApiProperty(numbers('Valued tonnes per bucket'))
  valuedTonnes!: number[];
  @ApiProperty(numbers('Valued barrels per bucket'))
  valuedBarrels!: number[];
  @ApiProperty(numbers('USD value per bucket'))
  valueUsd!: number[];
  @ApiProperty(nullableNumbers('USD/bbl per bucket, null where no shipment has a value'))
  usdPerBarrel!: (number | null)[];
  @ApiProperty(nullableNumbers('USD/t per bucket'))
  usdPerTonne!: (number | null)[];
  @ApiProperty(nullableNumbers('The benchmark over the same barrels per bucket, null where missing'))
  benchmarkUsdPerBarrel!: (number | null)[];
  @ApiProperty(nullableNumbers('Discount (negative) or premium, USD/bbl per bucket, null where missing'))
  discountUsdPerBarrel!: (number | null)[];
  @ApiProperty(nullableNumbers('Discount or premium in % of the benchmark per bucket'))
  discountPercent!: (number | null)[];
  @ApiProperty(numbers('Valued shipments without a benchmark month per bucket'))
  unmatchedShipments!: number[];
}

export class OriginPricesDto implements OriginPrices {
  @ApiProperty({ example: 'RU' })
  origin!: string;
  @ApiProperty({ example: 'Russia' })
  label!: string;
  @ApiProperty({ type: PriceSeriesDto, description: 'Every bucket, by measure (arrays in `buckets` order)' })
  periods!: PriceSeriesDto;
  @ApiProperty({ type: PricePointDto, description: 'The whole range' })
  total!: PricePointDto;
}

export class PricesBenchmarkDto implements PricesBenchmark {
  @ApiProperty({ example: 'BRENT' })
  code!: string;
  @ApiProperty({ example: 'Brent' })
  name!: string;
  @ApiProperty({ enum: BENCHMARK_FREQUENCIES })
  frequency!: BenchmarkFrequency;
  @ApiProperty({ nullable: true, type: String })
  note!: string | null;
}

class AllOriginsPricesDto {
  @ApiProperty({ type: PriceSeriesDto })
  periods!: PriceSeriesDto;
  @ApiProperty({ type: PricePointDto })
  total!: PricePointDto;
}

export class LandedPricesDto implements LandedPrices {
  @ApiProperty({ example: 'month' })
  granularity!: string;
  @ApiProperty({ type: [String], example: ['2023-06-01'] })
  buckets!: string[];
  @ApiProperty({ type: [String], example: ['Jun 2023'] })
  labels!: string[];
  @ApiProperty({ enum: PRICE_MATCHES })
  match!: PriceMatch;
  @ApiProperty({
    enum: PRICE_BASES,
    isArray: true,
    nullable: true,
    description: 'The bases asked for, or null for all',
  })
  priceBasis!: PriceBasis[] | null;
  @ApiProperty({ type: PricesBenchmarkDto, nullable: true })
  benchmark!: PricesBenchmarkDto | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'number', nullable: true },
    description:
      "The benchmark per bucket (mean of its months' prices), null where it has none; empty without a benchmark",
  })
  benchmarkPrices!: (number | null)[];
  @ApiProperty({ type: [OriginPricesDto], description: 'By valued barrels, largest first' })
  origins!: OriginPricesDto[];
  @ApiProperty({ type: AllOriginsPricesDto, description: 'Every origin together' })
  all!: AllOriginsPricesDto;
}
