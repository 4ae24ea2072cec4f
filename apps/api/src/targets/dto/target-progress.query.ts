import { PickType } from '@nestjs/swagger';
import type { TargetProgressQuery } from '@tradeflow/domain';
import { BucketedQueryDto } from '../../analytics/dto/analytics-queries';

/** Granularity, the arrival-date range and the statuses that count; the target gives the rest. */
export class TargetProgressQueryDto
  extends PickType(BucketedQueryDto, ['granularity', 'fiscalYearStartMonth', 'from', 'to', 'status'] as const)
  implements TargetProgressQuery {}
