import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { RequestContextMiddleware } from '../common/request-context';
import { RequireJsonMiddleware } from '../common/require-json.middleware';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { LOGIN_ROUTE } from './access.decorators';
import { AccessGuard, clientAddress } from './access.guard';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CredentialsService } from './credentials.service';
import { LoginLockoutService } from './login-lockout.service';
import type { AuthenticatedRequest } from './principal';
import { SessionsService } from './sessions.service';
import { SlidingWindowThrottlerStorage } from './sliding-window-throttler-storage';

const MINUTE_MS = 60_000;
const reflector = new Reflector();

@Module({
  imports: [
    UsersModule,
    ApiKeysModule,
    // Counters live in process memory: with several instances each counts its own share (see README).
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: new SlidingWindowThrottlerStorage(),
        throttlers: [
          {
            name: 'default',
            ttl: MINUTE_MS,
            limit: (context) => {
              const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
              return request.principal?.via === 'api-key'
                ? config.security.apiKeyRateLimitPerMinute
                : config.security.rateLimitPerMinute;
            },
          },
          {
            name: 'login',
            ttl: MINUTE_MS,
            limit: config.security.loginRateLimitPerMinute,
            skipIf: (context) => !reflector.get<boolean>(LOGIN_ROUTE, context.getHandler()),
            getTracker: (request) => `address:${clientAddress(request as Request)}`,
          },
        ],
        errorMessage: (_context, detail) =>
          `Too many requests: at most ${detail.limit} a minute; retry in ${detail.timeToBlockExpire} s`,
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    CredentialsService,
    LoginLockoutService,
    AdminBootstrapService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes({ path: '{*splat}', method: RequestMethod.ALL });
    consumer.apply(RequireJsonMiddleware).forRoutes({ path: 'auth/login', method: RequestMethod.POST });
  }
}
