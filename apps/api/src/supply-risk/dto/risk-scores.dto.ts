import { ApiProperty } from '@nestjs/swagger';
import {
  DEFAULT_SUPPLY_RISK_SCORE,
  MAX_RISK_SCORES_PER_REQUEST,
  RISK_SCORE_RATIONALE_MAX_LENGTH,
  RISK_WEIGHTED_HHI_FORMULA,
  RISK_WEIGHTED_HHI_SOURCE,
  type RiskWeighting,
  type SupplierRiskScore,
  type SupplierRiskScoreInput,
  type SupplierRiskScoreList,
  type SupplierRiskScoresUpsertRequest,
} from '@tradeflow/domain';

export class SupplierRiskScoreDto implements SupplierRiskScore {
  @ApiProperty({ example: 'SA', description: 'ISO 3166-1 alpha-2 supplier country' })
  country!: string;
  @ApiProperty({ example: 'Saudi Arabia' })
  name!: string;
  @ApiProperty({ example: 0.5, minimum: 0, maximum: 1, description: '0 = no supply risk, 1 = highest' })
  score!: number;
  @ApiProperty({
    description: `True when no admin has set it: the score is the default ${DEFAULT_SUPPLY_RISK_SCORE}`,
  })
  isDefault!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why the score was set (free text)' })
  rationale!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  updatedAt!: string | null;
}

export class SupplierRiskScoreListDto implements SupplierRiskScoreList {
  @ApiProperty({ example: DEFAULT_SUPPLY_RISK_SCORE, description: 'The score of every country not listed' })
  defaultScore!: number;
  @ApiProperty({ type: [SupplierRiskScoreDto], description: 'Stored scores, by country' })
  items!: SupplierRiskScoreDto[];
}

export class SupplierRiskScoreInputDto implements SupplierRiskScoreInput {
  @ApiProperty({ example: 'RU' })
  country!: string;
  @ApiProperty({ example: 0.8, minimum: 0, maximum: 1, description: 'From 0 to 1, at most 3 decimals' })
  score!: number;
  @ApiProperty({
    required: false,
    nullable: true,
    maxLength: RISK_SCORE_RATIONALE_MAX_LENGTH,
    example: 'Sanctions on payments and shipping',
  })
  rationale?: string | null;
}

export class SupplierRiskScoresUpsertRequestDto implements SupplierRiskScoresUpsertRequest {
  @ApiProperty({
    type: [SupplierRiskScoreInputDto],
    maxItems: MAX_RISK_SCORES_PER_REQUEST,
    description:
      'Each country at most once. All or nothing: one bad score (e.g. outside 0..1) and nothing is stored.',
  })
  scores!: SupplierRiskScoreInputDto[];
}

export class RiskWeightingDto implements RiskWeighting {
  @ApiProperty({ example: RISK_WEIGHTED_HHI_FORMULA })
  formula!: string;
  @ApiProperty({ example: RISK_WEIGHTED_HHI_SOURCE })
  source!: string;
  @ApiProperty({ example: DEFAULT_SUPPLY_RISK_SCORE })
  defaultScore!: number;
  @ApiProperty({
    type: [SupplierRiskScoreDto],
    description: 'The score applied to each supplier of the answer',
  })
  scores!: SupplierRiskScoreDto[];
  @ApiProperty({
    type: [String],
    example: ['AE', 'KW'],
    description: 'Suppliers of the answer still at the default score',
  })
  defaultedSuppliers!: string[];
}
