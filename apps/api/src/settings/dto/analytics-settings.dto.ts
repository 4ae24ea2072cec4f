import { ApiProperty } from '@nestjs/swagger';
import {
  ANALYTICS_GRANULARITIES,
  type AnalyticsSettings,
  API_GRAVITY_FORMULA,
  type Granularity,
  type RegionGroup,
} from '@tradeflow/domain';
import { ConversionFactorDto, HhiBandsInfoDto } from '../../analytics';

export class RegionGroupDto implements RegionGroup {
  @ApiProperty({ example: 'GCC' })
  code!: string;
  @ApiProperty({ example: 'Gulf Cooperation Council' })
  name!: string;
  @ApiProperty({ type: [String], example: ['SA', 'AE', 'KW', 'QA', 'OM', 'BH'] })
  countries!: string[];
}

class ApiGravityRangeDto {
  @ApiProperty({ example: 5 })
  min!: number;
  @ApiProperty({ example: 70 })
  max!: number;
}

export class AnalyticsSettingsDto implements AnalyticsSettings {
  @ApiProperty({
    example: 7,
    description: 'FISCAL_YEAR_START_MONTH (7 = July: FY2023-24 runs July 2023 to June 2024)',
  })
  fiscalYearStartMonth!: number;
  @ApiProperty({ type: HhiBandsInfoDto, description: 'HHI_BANDS: the bands concentration answers use' })
  hhiBands!: HhiBandsInfoDto;
  @ApiProperty({ type: [HhiBandsInfoDto], description: 'Both band sets (2023 and 2010)' })
  hhiBandSets!: HhiBandsInfoDto[];
  @ApiProperty({ type: [RegionGroupDto] })
  regionGroups!: RegionGroupDto[];
  @ApiProperty({ example: 'GCC' })
  defaultRegionGroup!: string;
  @ApiProperty({ enum: ANALYTICS_GRANULARITIES, isArray: true, example: ANALYTICS_GRANULARITIES })
  granularities!: Granularity[];
  @ApiProperty({ type: [ConversionFactorDto] })
  conversionFactors!: ConversionFactorDto[];
  @ApiProperty({ type: ApiGravityRangeDto })
  apiGravityRange!: ApiGravityRangeDto;
  @ApiProperty({ example: API_GRAVITY_FORMULA })
  apiGravityFormula!: string;
  @ApiProperty({
    example: 'PK',
    description:
      'HOME_COUNTRY (ISO 3166-1 alpha-2): the importing country of a shipment that names neither a ' +
      "destinationCountry nor a discharge port, and the dashboard's importer when its address names none",
  })
  homeCountry!: string;
}
