import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AnalyticsReader } from '../analytics/analytics-reader';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { SupplyRiskController } from './supply-risk.controller';
import { SupplyRiskService } from './supply-risk.service';

/** Supply-risk scores; the analytics module imports it to weight the HHI (its reader is stateless, so its own). */
@Module({
  controllers: [SupplyRiskController],
  providers: [SupplyRiskService, AnalyticsReader],
  exports: [SupplyRiskService],
})
export class SupplyRiskModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequireJsonMiddleware).forRoutes({ path: 'risk-scores', method: RequestMethod.PUT });
  }
}
