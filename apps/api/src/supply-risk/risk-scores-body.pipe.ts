import { Injectable, type PipeTransform } from '@nestjs/common';
import { type SupplierRiskScoresUpsertRequest, validateRiskScoresBody } from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';

/** Checks every score with the domain rules; fields are named with the index (`scores[2].score`). */
@Injectable()
export class RiskScoresBodyPipe implements PipeTransform<unknown, SupplierRiskScoresUpsertRequest> {
  transform(body: unknown): SupplierRiskScoresUpsertRequest {
    const errors = validateRiskScoresBody(body);
    if (errors.length > 0) throw new FieldValidationException(errors);
    return body as SupplierRiskScoresUpsertRequest;
  }
}
