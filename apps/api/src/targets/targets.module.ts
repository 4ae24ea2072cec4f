import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AnalyticsModule } from '../analytics';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { TargetsController } from './targets.controller';
import { TargetsService } from './targets.service';

@Module({
  imports: [AnalyticsModule],
  controllers: [TargetsController],
  providers: [TargetsService],
  exports: [TargetsService],
})
export class TargetsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequireJsonMiddleware)
      .forRoutes(
        { path: 'targets', method: RequestMethod.POST },
        { path: 'targets/:id', method: RequestMethod.PATCH },
      );
  }
}
