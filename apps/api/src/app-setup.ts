import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { createValidationPipe } from './common/validation-pipe';
import type { AppConfig } from './config/app-config';

/** Everything main.ts and the tests apply to the Nest application before it listens. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');
  app.useBodyParser('json', {
    limit: config.jsonBodyLimitBytes,
    type: ['application/json', 'application/*+json'],
  });
  // Body-parser errors (malformed JSON, too large) happen before Nest's filters see the request.
  const filter = new AllExceptionsFilter();
  app.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
    if (!error) return next();
    filter.catch(error, {
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => response, getNext: () => next }),
    } as never);
  });
  app.useGlobalFilters(filter);
  app.useGlobalPipes(createValidationPipe());

  const openApi = new DocumentBuilder()
    .setTitle('tradeflow API')
    .setDescription(
      'Oil and LPG import shipments, code tables and import-diversification analytics. ' +
        'Errors are `{ statusCode, error, message, errors?: [{ field, message }] }`.',
    )
    .setVersion('1.0')
    .build();
  const document = SwaggerModule.createDocument(app, openApi);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
