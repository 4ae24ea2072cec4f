import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  SAVED_VIEW_NAME_MAX,
  SAVED_VIEW_PARAMS,
  SAVED_VIEW_PATHS,
  SAVED_VIEW_QUERY_MAX,
} from '@tradeflow/domain';

export class SavedViewInputDto {
  @ApiProperty({
    example: 'Russian crude pilot, June 2023',
    minLength: 1,
    maxLength: SAVED_VIEW_NAME_MAX,
    description: 'Unique in the team, whatever the case (409 when taken)',
  })
  name!: string;

  @ApiProperty({ enum: SAVED_VIEW_PATHS, example: '/', description: 'The dashboard page' })
  path!: string;

  @ApiPropertyOptional({
    example: 'from=2023-06-01&to=2023-06-30&origin=RU',
    maxLength: SAVED_VIEW_QUERY_MAX,
    description: `The page's query string (a leading ? is dropped); parameters: ${SAVED_VIEW_PARAMS.join(', ')}`,
  })
  query?: string;
}

class SavedViewOwnerDto {
  @ApiProperty({ enum: ['user', 'api-key', 'system'] })
  type!: string;

  @ApiProperty({ example: 'admin', description: 'Username or API key name' })
  name!: string;
}

export class SavedViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Russian crude pilot, June 2023' })
  name!: string;

  @ApiProperty({ enum: SAVED_VIEW_PATHS, example: '/' })
  path!: string;

  @ApiProperty({ example: 'from=2023-06-01&to=2023-06-30&origin=RU' })
  query!: string;

  @ApiProperty({ type: SavedViewOwnerDto, description: 'Who saved it' })
  createdBy!: SavedViewOwnerDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class SavedViewListDto {
  @ApiProperty({ type: [SavedViewDto], description: 'Newest first' })
  items!: SavedViewDto[];
}
