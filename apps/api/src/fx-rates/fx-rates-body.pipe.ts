import { Injectable, type PipeTransform } from '@nestjs/common';
import { type FxRatesUpsertRequest, validateFxRatesBody } from '@tradeflow/domain';
import { FieldValidationException } from '../common/api-error';

/** Checks every rate with the domain rules; fields are named with the item index (`rates[3].usdPerUnit`). */
@Injectable()
export class FxRatesBodyPipe implements PipeTransform<unknown, FxRatesUpsertRequest> {
  transform(body: unknown): FxRatesUpsertRequest {
    const errors = validateFxRatesBody(body);
    if (errors.length > 0) throw new FieldValidationException(errors);
    return body as FxRatesUpsertRequest;
  }
}
