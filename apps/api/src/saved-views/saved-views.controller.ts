import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { SavedView, SavedViewInput, SavedViewList } from '@tradeflow/domain';
import { Roles } from '../auth/access.decorators';
import type { AuthenticatedRequest, Principal } from '../auth/principal';
import { UuidPipe } from '../common/uuid.pipe';
import { SavedViewDto, SavedViewInputDto, SavedViewListDto } from './dto/saved-view.dto';
import { SavedViewInputPipe } from './saved-view-input.pipe';
import { SavedViewsService } from './saved-views.service';

@ApiTags('saved-views')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('saved-views')
export class SavedViewsController {
  constructor(private readonly views: SavedViewsService) {}

  @Get()
  @ApiOperation({ summary: "The team's saved views, newest first, with who saved each and when" })
  @ApiOkResponse({ type: SavedViewListDto })
  async list(): Promise<SavedViewList> {
    return { items: await this.views.list() };
  }

  @Post()
  @Roles('viewer')
  @ApiOperation({
    summary: 'Save a view: a dashboard page and its query string, under a name (any role; audited)',
    description:
      'E.g. `{ "name": "Russian crude pilot, June 2023", "path": "/", "query": "from=2023-06-01&to=2023-06-30&origin=RU" }`.',
  })
  @ApiBody({ type: SavedViewInputDto })
  @ApiCreatedResponse({ type: SavedViewDto })
  @ApiBadRequestResponse({
    description: 'A bad name, page or parameter: `{ message, errors: [{ field, message }] }`',
  })
  @ApiConflictResponse({ description: 'A saved view with that name exists' })
  create(@Body(new SavedViewInputPipe()) input: SavedViewInput): Promise<SavedView> {
    return this.views.create(input);
  }

  @Delete(':id')
  @Roles('viewer')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved view (whoever saved it, or an admin; audited)' })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: 'Saved by someone else, and the caller is not an admin' })
  @ApiNotFoundResponse()
  remove(@Param('id', UuidPipe) id: string, @Req() request: AuthenticatedRequest): Promise<void> {
    return this.views.remove(id, request.principal as Principal);
  }
}
