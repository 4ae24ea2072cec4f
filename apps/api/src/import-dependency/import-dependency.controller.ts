import {
  Body,
  Controller,
  Get,
  Injectable,
  type PipeTransform,
  Put,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type DomesticProductionList,
  type DomesticProductionUpsertRequest,
  type DomesticProductionUpsertResult,
  type ImportDependency,
  validateDomesticProductionBody,
} from '@tradeflow/domain';
import { DataVersionCacheInterceptor } from '../cache-versions/data-version-cache.interceptor';
import { FieldValidationException } from '../common/api-error';
import {
  DomesticProductionListDto,
  DomesticProductionQueryDto,
  DomesticProductionUpsertRequestDto,
  DomesticProductionUpsertResultDto,
  ImportDependencyDto,
  ImportDependencyQueryDto,
} from './dto/import-dependency.dto';
import { IMPORT_DEPENDENCY_FORMULA, ImportDependencyService } from './import-dependency.service';

/** Checks every item with the domain rules; fields are named with the index (`items[0].month`). */
@Injectable()
class DomesticProductionBodyPipe implements PipeTransform<unknown, DomesticProductionUpsertRequest> {
  transform(body: unknown): DomesticProductionUpsertRequest {
    const errors = validateDomesticProductionBody(body);
    if (errors.length > 0) throw new FieldValidationException(errors);
    return body as DomesticProductionUpsertRequest;
  }
}

@ApiTags('import-dependency')
@ApiBadRequestResponse({ description: '`{ message, errors: [{ field, message }] }`; nothing is written' })
@Controller()
export class ImportDependencyController {
  constructor(private readonly dependency: ImportDependencyService) {}

  @Put('domestic-production')
  @ApiOperation({
    summary: "Store an importer's domestic production (and optionally consumption) per commodity and month",
    description: 'Upsert by (destinationCountry, commodity, month), all or nothing, audited. Tonnes >= 0.',
  })
  @ApiBody({ type: DomesticProductionUpsertRequestDto })
  @ApiOkResponse({ type: DomesticProductionUpsertResultDto })
  upsert(
    @Body(new DomesticProductionBodyPipe()) body: DomesticProductionUpsertRequest,
  ): Promise<DomesticProductionUpsertResult> {
    return this.dependency.upsert(body);
  }

  @Get('domestic-production')
  @ApiOperation({ summary: 'Stored domestic production figures, by importer, commodity and month' })
  @ApiOkResponse({ type: DomesticProductionListDto })
  list(@Query() query: DomesticProductionQueryDto): Promise<DomesticProductionList> {
    return this.dependency.list(query);
  }

  @Get('analytics/import-dependency')
  @UseInterceptors(DataVersionCacheInterceptor)
  @ApiOperation({
    summary: 'Import dependency by commodity over time: imports / (imports + domestic production)',
    description:
      `${IMPORT_DEPENDENCY_FORMULA}. For one importer (destination, else HOME_COUNTRY); imports are the cargo ` +
      'records matching the filters (by arrival date). A period gets a dependency only when every one of its months ' +
      'has a production figure; `hasProductionData` false and `note` say when a commodity has none at all. ' +
      'Granularity month, quarter, year or fiscal_year.',
  })
  @ApiOkResponse({ type: ImportDependencyDto })
  importDependency(@Query() query: ImportDependencyQueryDto): Promise<ImportDependency> {
    return this.dependency.dependency(query);
  }
}
