import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { Logger } from 'nestjs-pino';
import { SESSION_COOKIE } from './auth/session-cookie';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { answerClientErrorsWithJson } from './common/client-errors';
import { applyHttpSecurity } from './common/http-security';
import { createValidationPipe } from './common/validation-pipe';
import type { AppConfig } from './config/app-config';
import { assignRequestId } from './logging/logger-options';
import { StartUpQuietLogger } from './logging/start-up-logger';

/** Everything main.ts and the tests apply to the Nest application before it listens. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(new StartUpQuietLogger(app.get(Logger)));
  app.disable('x-powered-by');
  // Express would hash every response body for a weak ETag; the analytics set their own (by data
  // version, no hashing of the answer), and nothing else is worth revalidating.
  app.set('etag', false);
  applyHttpSecurity(app, config.security);
  app.setGlobalPrefix('api');
  app.useBodyParser('json', {
    limit: config.jsonBodyLimitBytes,
    type: ['application/json', 'application/*+json'],
  });
  // Body-parser errors (malformed JSON, too large) happen before Nest's filters see the request.
  const filter = new AllExceptionsFilter();
  app.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
    if (!error) return next();
    // The logger's middleware has not run yet, so the request has no id: give it one here.
    const withId = request as Request & { id?: string };
    withId.id ??= assignRequestId(request, response);
    filter.catch(error, {
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => response, getNext: () => next }),
    } as never);
  });
  app.useGlobalFilters(filter);
  app.useGlobalPipes(createValidationPipe());
  answerClientErrorsWithJson(app.getHttpServer());
  // Node ends a request whose body takes more than 5 minutes (requestTimeout); a 200 MB CSV import
  // over a slow link takes longer. Headers must still arrive within headersTimeout (60 s).
  (app.getHttpServer() as Server).requestTimeout = 60 * 60 * 1000;

  const openApi = new DocumentBuilder()
    .setTitle('tradeflow API')
    .setDescription(
      'Oil and LPG import shipments, code tables and import-diversification analytics. ' +
        'Errors are `{ statusCode, error, message, errors?: [{ field, message }] }`. ' +
        'Every route but /api/health and sign-in needs a session cookie (POST /api/auth/login) or ' +
        '`Authorization: Bearer <API key>`: reading needs the viewer role, writing editor, users and keys admin.',
    )
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key (POST /api/api-keys)' })
    .addCookieAuth(SESSION_COOKIE)
    .build();
  const document = SwaggerModule.createDocument(app, openApi);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
