import { ApiProperty } from '@nestjs/swagger';
import {
  type ApiGravityOverrides,
  API_GRAVITY_FORMULA,
  type BarrelConversions,
  COMMODITIES,
  type CommodityCode,
  type ConversionFactor,
  HHI_BAND_SETS,
  HHI_BAND_THRESHOLDS,
  type HhiBandSet,
  type HhiBandsInfo,
} from '@tradeflow/domain';

// Swagger shapes shared by several answers (conversion factors, HHI bands).

export class ConversionFactorDto implements ConversionFactor {
  @ApiProperty({ enum: COMMODITIES.map((c) => c.code), example: 'crude_oil' })
  commodity!: CommodityCode;
  @ApiProperty({ example: 'Crude oil' })
  name!: string;
  @ApiProperty({ example: 7.33 })
  barrelsPerTonne!: number;
  @ApiProperty({ example: COMMODITIES[0]?.factorSource })
  source!: string;
}

export class ApiGravityOverridesDto implements ApiGravityOverrides {
  @ApiProperty({ example: 1, description: 'Shipments whose barrels use their own API gravity' })
  shipments!: number;
  @ApiProperty({ example: 45000 })
  tonnes!: number;
  @ApiProperty({ example: 326047.5 })
  barrels!: number;
}

export class BarrelConversionsDto implements BarrelConversions {
  @ApiProperty({
    type: [ConversionFactorDto],
    description:
      'The published factor of each commodity the selection covers (the commodity filter, else all)',
  })
  factors!: ConversionFactorDto[];
  @ApiProperty({
    type: ApiGravityOverridesDto,
    description: 'Crude shipments of the selection whose barrels come from their API gravity instead',
  })
  apiGravityOverrides!: ApiGravityOverridesDto;
  @ApiProperty({ example: API_GRAVITY_FORMULA })
  apiGravityFormula!: string;
}

export class HhiThresholdsDto {
  @ApiProperty({ example: 1000, description: 'HHI below this is unconcentrated' })
  moderateFrom!: number;
  @ApiProperty({ example: 1800, description: 'HHI above this is highly concentrated' })
  highAbove!: number;
  @ApiProperty({
    example: 100,
    description: 'A rise of more than this against the previous period is significant',
  })
  significantChange!: number;
}

export class HhiBandsInfoDto implements HhiBandsInfo {
  @ApiProperty({ enum: HHI_BAND_SETS, example: '2023', description: 'Server setting HHI_BANDS' })
  set!: HhiBandSet;
  @ApiProperty({ type: HhiThresholdsDto })
  thresholds!: HhiThresholdsDto;
  @ApiProperty({ example: HHI_BAND_THRESHOLDS['2023'].source })
  source!: string;
}

export class RegionGroupRefDto {
  @ApiProperty({ example: 'GCC' })
  code!: string;
  @ApiProperty({ example: 'Gulf Cooperation Council' })
  name!: string;
}
