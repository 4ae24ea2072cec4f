import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  REPORT_COLUMN_SETS,
  REPORT_FORMATS,
  type ReportColumnSet,
  type ReportFormat,
} from '@tradeflow/domain';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ListShipmentsQuery } from '../../shipments/dto/list-shipments.query';

/** `?bom=true` / `?bom=false` -> boolean; anything else stays as it is and fails IsBoolean. */
export const BooleanParam = () =>
  Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

const FORMAT_DESCRIPTION =
  '`csv` (default): raw values, as the import reads them. `xlsx`: an Excel workbook (numbers as numbers, dates as dates, ' +
  'frozen bold header) with a second sheet "About" (filters, window, units, conversion factors, creation time)';

/** `?format=csv|xlsx` of every export. */
export const FormatParam = () => (target: object, property: string) => {
  ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'csv', description: FORMAT_DESCRIPTION })(
    target,
    property,
  );
  IsOptional()(target, property);
  IsIn(REPORT_FORMATS, { message: `format must be one of ${REPORT_FORMATS.join(', ')}` })(target, property);
};

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

  @FormatParam()
  format?: ReportFormat;

  @ApiPropertyOptional({
    enum: REPORT_COLUMN_SETS,
    default: 'contract',
    description:
      '`contract` (default): the 18 import columns, lossless. `analyst`: those plus origin_country_name, load_port_name, ' +
      'discharge_port_name, transit_country_names, volume_barrels, value_usd and fx_usd_per_unit',
  })
  @IsOptional()
  @IsIn(REPORT_COLUMN_SETS, { message: `columns must be one of ${REPORT_COLUMN_SETS.join(', ')}` })
  columns?: ReportColumnSet;
}
