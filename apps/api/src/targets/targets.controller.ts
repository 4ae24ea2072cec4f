import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Target, TargetInput, TargetList, TargetProgress } from '@tradeflow/domain';
import { UuidPipe } from '../common/uuid.pipe';
import { TargetDto, TargetInputDto, TargetListDto, TargetProgressDto } from './dto/target.dto';
import { TargetProgressQueryDto } from './dto/target-progress.query';
import { TargetInputPipe } from './target-input.pipe';
import { TargetsService } from './targets.service';

@ApiTags('targets')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiBadRequestResponse({ description: 'Invalid input: `{ message, errors: [{ field, message }] }`' })
@Controller('targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get()
  @ApiOperation({ summary: 'Policy targets, by name' })
  @ApiOkResponse({ type: TargetListDto })
  async list(): Promise<TargetList> {
    return { items: await this.targets.list() };
  }

  @Post()
  @ApiOperation({
    summary: 'Record a target (editor; audited)',
    description:
      'E.g. `{ "name": "Russian crude 100,000 b/d", "kind": "flow_rate_min", "dimension": "origin", "key": "RU", ' +
      '"commodity": "crude_oil", "value": 100000, "unit": "bbl/d" }` or `{ "name": "GCC share below 60%", ' +
      '"kind": "share_max", "dimension": "region", "key": "GCC", "value": 0.6 }`.',
  })
  @ApiBody({ type: TargetInputDto })
  @ApiCreatedResponse({ type: TargetDto })
  create(@Body(new TargetInputPipe()) input: TargetInput): Promise<Target> {
    return this.targets.create(input);
  }

  @Get(':id')
  @ApiOkResponse({ type: TargetDto })
  @ApiNotFoundResponse()
  get(@Param('id', UuidPipe) id: string): Promise<Target> {
    return this.targets.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change some fields of a target (editor; audited); the result must be valid' })
  @ApiBody({ type: TargetInputDto, description: 'Any subset of the target fields' })
  @ApiOkResponse({ type: TargetDto })
  @ApiNotFoundResponse()
  update(
    @Param('id', UuidPipe) id: string,
    @Body(new TargetInputPipe({ partial: true })) patch: Partial<TargetInput>,
  ): Promise<Target> {
    return this.targets.update(id, patch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a target (editor; audited)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  remove(@Param('id', UuidPipe) id: string): Promise<void> {
    return this.targets.remove(id);
  }

  @Get(':id/progress')
  @ApiOperation({
    summary: 'Actual against target per period: met or not, and the gap',
    description:
      "Flow-rate targets: the key's imports (of the target's commodity) per period divided by the period's " +
      "days inside from/to (as the timeseries flow rates). Share targets: the key's share of all imports " +
      "(of the target's commodity) in the period, by tonnes or USD value. Every status counts unless `status` " +
      'says otherwise.',
  })
  @ApiOkResponse({ type: TargetProgressDto })
  @ApiNotFoundResponse()
  progress(
    @Param('id', UuidPipe) id: string,
    @Query() query: TargetProgressQueryDto,
  ): Promise<TargetProgress> {
    return this.targets.progress(id, query);
  }
}
