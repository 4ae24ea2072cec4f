import { PickType } from '@nestjs/swagger';
import { ImportQuery } from '../../imports/dto/import-query';

/** mode and dryRun as for shipments; a re-import always updates the stored flows of the same key. */
export class OfficialImportQuery extends PickType(ImportQuery, ['mode', 'dryRun'] as const) {}
