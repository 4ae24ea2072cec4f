import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  type HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/access.decorators';
import { ReplicaLagReader } from './replica-lag';

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly replicaLag: ReplicaLagReader,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Liveness and database check: 200 when PostgreSQL answers, 503 otherwise',
    description:
      'With DATABASE_READ_URLS, `details.replicas.lags` gives each replica its replay lag in seconds and ' +
      'how many data changes it is behind; a lagging or unreachable replica is not a failure (the primary answers).',
  })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      async (): Promise<HealthIndicatorResult> => {
        const lags = await this.replicaLag.lags();
        return lags.length ? { replicas: { status: 'up', lags } } : {};
      },
    ]);
  }
}
