import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  DEFAULT_SUPPLY_RISK_SCORE,
  RISK_WEIGHTED_HHI_FORMULA,
  RISK_WEIGHTED_HHI_SOURCE,
  type SupplierRiskScoreList,
  type SupplierRiskScoresUpsertRequest,
} from '@tradeflow/domain';
import { Roles } from '../auth/access.decorators';
import { SupplierRiskScoreListDto, SupplierRiskScoresUpsertRequestDto } from './dto/risk-scores.dto';
import { RiskScoresBodyPipe } from './risk-scores-body.pipe';
import { SupplyRiskService } from './supply-risk.service';

@ApiTags('risk-scores')
@Controller('risk-scores')
export class SupplyRiskController {
  constructor(private readonly supplyRisk: SupplyRiskService) {}

  @Get()
  @ApiOperation({
    summary: 'Supply-risk scores of supplier countries (0..1)',
    description:
      `Countries not listed count the default ${DEFAULT_SUPPLY_RISK_SCORE}. The scores weight the HHI by supplier: ` +
      `${RISK_WEIGHTED_HHI_FORMULA}. Source of the method: ${RISK_WEIGHTED_HHI_SOURCE}.`,
  })
  @ApiOkResponse({ type: SupplierRiskScoreListDto })
  list(): Promise<SupplierRiskScoreList> {
    return this.supplyRisk.list();
  }

  @Put()
  @Roles('admin')
  @ApiOperation({
    summary: 'Set supply-risk scores (admin; upsert by country, all or nothing, audited)',
    description:
      'A score outside 0..1, an unknown country or a country twice is a 400 naming the field (`scores[1].score`); nothing is stored.',
  })
  @ApiBody({ type: SupplierRiskScoresUpsertRequestDto })
  @ApiOkResponse({ type: SupplierRiskScoreListDto, description: 'Every stored score after the change' })
  @ApiBadRequestResponse({ description: '`{ message, errors: [{ field, message }] }`' })
  upsert(
    @Body(new RiskScoresBodyPipe()) body: SupplierRiskScoresUpsertRequest,
  ): Promise<SupplierRiskScoreList> {
    return this.supplyRisk.upsert(body);
  }

  @Delete(':country')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Drop a stored score (admin, audited): the country counts the default again' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No score stored for the country' })
  remove(@Param('country') country: string): Promise<void> {
    return this.supplyRisk.remove(country);
  }
}
