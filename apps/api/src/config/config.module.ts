import { type DynamicModule, Global, Module } from '@nestjs/common';
import { CLOCK, type Clock, systemClock } from '../common/clock';
import { HOST_RESOLVER, type ResolveAll, systemResolver } from '../common/host-resolver';
import { APP_CONFIG, type AppConfig } from './app-config';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(
    config: AppConfig,
    clock: Clock = systemClock,
    resolveHost: ResolveAll = systemResolver,
  ): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
        { provide: HOST_RESOLVER, useValue: resolveHost },
      ],
      exports: [APP_CONFIG, CLOCK, HOST_RESOLVER],
    };
  }
}
