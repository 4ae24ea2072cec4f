import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { ConcentrationQueryDto, TimeseriesQueryDto } from '../../analytics';
import type { ReportFormat } from '@tradeflow/domain';
import { BooleanParam, FormatParam } from './export-shipments.query';

const BOM_DESCRIPTION = 'Prepend a UTF-8 byte order mark, so that Excel shows non-Latin text correctly';

/** The parameters of GET /api/analytics/timeseries, plus bom. */
export class ExportTimeseriesQuery extends TimeseriesQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: BOM_DESCRIPTION })
  @IsOptional()
  @BooleanParam()
  @IsBoolean({ message: 'bom must be true or false' })
  bom?: boolean;

  @FormatParam()
  format?: ReportFormat;
}

/** The parameters of GET /api/analytics/concentration, plus bom. */
export class ExportConcentrationQuery extends ConcentrationQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: BOM_DESCRIPTION })
  @IsOptional()
  @BooleanParam()
  @IsBoolean({ message: 'bom must be true or false' })
  bom?: boolean;

  @FormatParam()
  format?: ReportFormat;
}
