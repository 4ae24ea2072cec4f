import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AnalyticsModule } from '../analytics';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { ImportDependencyController } from './import-dependency.controller';
import { ImportDependencyService } from './import-dependency.service';

@Module({
  imports: [AnalyticsModule],
  controllers: [ImportDependencyController],
  providers: [ImportDependencyService],
})
export class ImportDependencyModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequireJsonMiddleware)
      .forRoutes({ path: 'domestic-production', method: RequestMethod.PUT });
  }
}
