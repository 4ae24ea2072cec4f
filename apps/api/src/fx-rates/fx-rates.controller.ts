import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FxRateList, FxRatesUpsertRequest, FxRatesUpsertResult } from '@tradeflow/domain';
import {
  FxRateListDto,
  FxRatesQueryDto,
  FxRatesUpsertRequestDto,
  FxRatesUpsertResultDto,
} from './dto/fx-rates.dto';
import { FxRatesBodyPipe } from './fx-rates-body.pipe';
import { FxRatesService } from './fx-rates.service';

@ApiTags('fx-rates')
@ApiBadRequestResponse({
  description:
    'Invalid input, each problem named with its index: `errors: [{ field: "rates[3].usdPerUnit", ... }]`',
})
@Controller('fx-rates')
export class FxRatesController {
  constructor(private readonly fxRates: FxRatesService) {}

  @Put()
  @ApiOperation({
    summary: 'Store USD rates (bulk upsert by currency and date, up to 10,000, all or nothing)',
    description:
      'A rate applies to shipments arriving on its date and after, until the next rate of the currency. ' +
      'USD values in analytics are updated in the same transaction.',
  })
  @ApiBody({ type: FxRatesUpsertRequestDto })
  @ApiOkResponse({ type: FxRatesUpsertResultDto })
  @ApiPayloadTooLargeResponse({ description: 'Body over the JSON limit (1 MB by default)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Content-Type is not application/json' })
  upsert(@Body(new FxRatesBodyPipe()) body: FxRatesUpsertRequest): Promise<FxRatesUpsertResult> {
    return this.fxRates.upsert(body);
  }

  @Get()
  @ApiOperation({ summary: 'Stored rates, by currency and date range' })
  @ApiOkResponse({ type: FxRateListDto })
  list(@Query() query: FxRatesQueryDto): Promise<FxRateList> {
    return this.fxRates.list(query);
  }
}
