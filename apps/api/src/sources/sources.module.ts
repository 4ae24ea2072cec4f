import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { ShipmentsModule } from '../shipments/shipments.module';
import { SourcesController } from './sources.controller';
import { SourcesService } from './sources.service';

@Module({
  imports: [ShipmentsModule],
  controllers: [SourcesController],
  providers: [SourcesService],
  exports: [SourcesService],
})
export class SourcesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequireJsonMiddleware)
      .forRoutes({ path: 'shipments/:id/sources', method: RequestMethod.POST });
  }
}
