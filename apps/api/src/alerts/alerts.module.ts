import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '../analytics';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { ReportsModule } from '../reports/reports.module';
import { TargetsModule } from '../targets/targets.module';
import { AlertEntity } from './alert.entity';
import { AlertEvaluationEntity } from './alert-evaluation.entity';
import { AlertEvaluator } from './alert-evaluator';
import { AlertMessenger } from './alert-messenger';
import { AlertScheduler } from './alert-scheduler';
import { AlertValues } from './alert-values';
import { AlertsController } from './alerts.controller';
import { AlertsLifecycle } from './alerts-lifecycle';
import { AlertsService } from './alerts.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AlertEntity, AlertEvaluationEntity]),
    AnalyticsModule,
    TargetsModule,
    ReportsModule,
  ],
  controllers: [AlertsController],
  providers: [AlertsService, AlertScheduler, AlertEvaluator, AlertMessenger, AlertValues, AlertsLifecycle],
})
export class AlertsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequireJsonMiddleware)
      .forRoutes(
        { path: 'alerts', method: RequestMethod.POST },
        { path: 'alerts/preview', method: RequestMethod.POST },
        { path: 'alerts/:id', method: RequestMethod.PATCH },
      );
  }
}
