import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Alert, AlertEvaluation, AlertInput, AlertPreview, CreatedAlert } from '@tradeflow/domain';
import { Roles } from '../auth/access.decorators';
import { AlertBodyPipe } from './alert-input.pipe';
import { AlertsService } from './alerts.service';
import {
  AlertDto,
  AlertEvaluationDto,
  AlertEvaluationListDto,
  AlertInputDto,
  AlertListDto,
  AlertPreviewDto,
  ListEvaluationsQuery,
} from './dto/alert.dto';

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('alerts')
@ApiBadRequestResponse({ description: 'Invalid input: `{ message, errors: [{ field, message }] }`' })
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Post()
  @ApiOperation({
    summary:
      'Watch a figure: evaluated on a cron in a time zone, a message when it triggers and when it clears',
  })
  @ApiBody({ type: AlertInputDto })
  @ApiCreatedResponse({ type: AlertDto })
  create(@Body(new AlertBodyPipe()) input: AlertInput): Promise<CreatedAlert> {
    return this.alerts.create(input);
  }

  @Post('preview')
  @Roles('viewer')
  @HttpCode(200)
  @ApiOperation({ summary: 'The value an alert definition would see now (nothing is saved or sent)' })
  @ApiBody({ type: AlertInputDto })
  @ApiOkResponse({ type: AlertPreviewDto })
  preview(@Body(new AlertBodyPipe()) input: AlertInput): Promise<AlertPreview> {
    return this.alerts.preview(input);
  }

  @Get()
  @ApiOkResponse({ type: AlertListDto })
  async list(): Promise<{ items: Alert[] }> {
    return { items: await this.alerts.list() };
  }

  @Get(':id')
  @ApiOkResponse({ type: AlertDto })
  @ApiNotFoundResponse()
  get(@Param('id', uuid) id: string): Promise<Alert> {
    return this.alerts.get(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change an alert; a new cron, time zone or enabling restarts its schedule from now',
  })
  @ApiBody({ type: AlertInputDto, description: 'Any subset of the fields' })
  @ApiOkResponse({ type: AlertDto })
  @ApiNotFoundResponse()
  update(
    @Param('id', uuid) id: string,
    @Body(new AlertBodyPipe()) patch: Partial<AlertInput>,
  ): Promise<CreatedAlert> {
    return this.alerts.update(id, patch);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  remove(@Param('id', uuid) id: string): Promise<void> {
    return this.alerts.remove(id);
  }

  @Post(':id/evaluate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Evaluate the alert now (outside its schedule); messages go out as on schedule' })
  @ApiOkResponse({ type: AlertEvaluationDto })
  @ApiNotFoundResponse()
  evaluate(@Param('id', uuid) id: string): Promise<AlertEvaluation> {
    return this.alerts.evaluateNow(id);
  }

  @Get(':id/evaluations')
  @ApiOperation({
    summary: 'Evaluations of the alert, newest first: time, value, threshold, state, message sent',
  })
  @ApiOkResponse({ type: AlertEvaluationListDto })
  @ApiNotFoundResponse()
  async evaluations(
    @Param('id', uuid) id: string,
    @Query() query: ListEvaluationsQuery,
  ): Promise<{ items: AlertEvaluation[] }> {
    return { items: await this.alerts.listEvaluations(id, query.limit ?? 100) };
  }
}
