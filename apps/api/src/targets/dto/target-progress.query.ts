import { PickType } from '@nestjs/swagger';
import type { TargetProgressQuery } from '@tradeflow/domain';
import { BucketedQueryDto } from '../../analytics';

/**
 * Granularity, the arrival-date range, the statuses that count and the importing countries (a share
 * target is read within them); the target gives the rest.
 */
export class TargetProgressQueryDto
  extends PickType(BucketedQueryDto, [
    'granularity',
    'fiscalYearStartMonth',
    'from',
    'to',
    'status',
    'destination',
  ] as const)
  implements TargetProgressQuery {}
