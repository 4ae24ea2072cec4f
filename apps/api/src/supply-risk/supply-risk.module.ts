import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { ReplicaReader } from '../database/replica-reader';
import { SupplyRiskController } from './supply-risk.controller';
import { SupplyRiskService } from './supply-risk.service';

/** Supply-risk scores; the analytics module imports it to weight the HHI (the replica reader is stateless, so its own). */
@Module({
  controllers: [SupplyRiskController],
  providers: [SupplyRiskService, ReplicaReader],
  exports: [SupplyRiskService],
})
export class SupplyRiskModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequireJsonMiddleware).forRoutes({ path: 'risk-scores', method: RequestMethod.PUT });
  }
}
