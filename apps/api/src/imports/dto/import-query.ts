import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IMPORT_CONFLICT_POLICIES,
  IMPORT_MODES,
  type ImportConflictPolicy,
  type ImportMode,
} from '@tradeflow/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

export class ImportQuery {
  @ApiPropertyOptional({
    enum: IMPORT_MODES,
    default: 'atomic',
    description:
      'atomic: any bad line -> 400, nothing written. partial: import the good lines, report the bad',
  })
  @IsOptional()
  @IsIn(IMPORT_MODES, { message: `mode must be one of ${IMPORT_MODES.join(', ')}` })
  mode?: ImportMode;

  @ApiPropertyOptional({
    enum: IMPORT_CONFLICT_POLICIES,
    default: 'error',
    description:
      'A reference that is stored already: error (reject the line unless the stored values are the same), skip (keep the stored shipment) or update (overwrite it)',
  })
  @IsOptional()
  @IsIn(IMPORT_CONFLICT_POLICIES, {
    message: `onConflict must be one of ${IMPORT_CONFLICT_POLICIES.join(', ')}`,
  })
  onConflict?: ImportConflictPolicy;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description:
      'true: run the whole import (validation report, duplicates, conflicts, the merge) in a transaction ' +
      'that is rolled back, and answer what it would have inserted, updated, skipped and rejected; ' +
      'nothing is written',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}
