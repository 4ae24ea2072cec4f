import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { ListShipmentsQuery } from '../../shipments/dto/list-shipments.query';

/** `?bom=true` / `?bom=false` -> boolean; anything else stays as it is and fails IsBoolean. */
export const BooleanParam = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** The shipment filters and sort of the listing (no paging: the export is every matching row). */
export class ExportShipmentsQuery extends OmitType(ListShipmentsQuery, [
  'limit',
  'offset',
  'cursor',
] as const) {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Prepend a UTF-8 byte order mark, so that Excel shows non-Latin text correctly',
  })
  @IsOptional()
  @BooleanParam()
  @IsBoolean({ message: 'bom must be true or false' })
  bom?: boolean;
}
