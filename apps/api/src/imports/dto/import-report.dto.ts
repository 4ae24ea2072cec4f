import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, ImportReport, RejectedLine } from '@tradeflow/domain';

class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'origin_country', description: 'CSV column (or `columns`)' })
  field!: string;

  @ApiProperty({ example: 'unknown ISO 3166-1 alpha-2 country code "ZZ"' })
  message!: string;
}

class RejectedLineDto implements RejectedLine {
  @ApiProperty({ example: 7, description: 'Physical line of the file; the header is line 1' })
  line!: number;

  @ApiProperty({ example: 'PK-RU-2023-0007', nullable: true, type: String })
  reference!: string | null;

  @ApiProperty({ type: [FieldErrorDto] })
  errors!: FieldErrorDto[];
}

export class ImportReportDto implements ImportReport {
  @ApiProperty({ example: 1250 })
  inserted!: number;

  @ApiProperty({ example: 3 })
  updated!: number;

  @ApiProperty({ example: 10, description: 'Stored already (same values, or onConflict=skip)' })
  skipped!: number;

  @ApiProperty({ type: [RejectedLineDto], description: 'The first 1000 rejected lines, by line number' })
  rejected!: RejectedLineDto[];

  @ApiProperty({ example: 1, description: 'All rejected lines' })
  rejectedCount!: number;

  @ApiPropertyOptional({
    example: true,
    description: 'Only on dryRun=true: the counts are what the import would have stored; nothing was written',
  })
  dryRun?: boolean;
}
