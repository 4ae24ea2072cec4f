import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { ShipmentsController } from './shipments.controller';
import { ShipmentsService } from './shipments.service';

@Module({
  controllers: [ShipmentsController],
  providers: [ShipmentsService],
  exports: [ShipmentsService],
})
export class ShipmentsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RequireJsonMiddleware)
      .forRoutes(
        { path: 'shipments', method: RequestMethod.POST },
        { path: 'shipments/:id', method: RequestMethod.PATCH },
      );
  }
}
