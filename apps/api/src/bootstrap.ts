import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { Clock } from './common/clock';
import { configureApp } from './app-setup';
import type { AppConfig } from './config/app-config';
import { runMigrations } from './database/run-migrations';

/** Builds the application on an open database and brings the schema up to date. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { clock?: Clock } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, ...options }),
    {
      bufferLogs: true,
      bodyParser: true,
    },
  );
  configureApp(app, config);
  await runMigrations(app.get(DataSource));
  return app;
}
