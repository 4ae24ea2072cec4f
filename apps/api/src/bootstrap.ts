import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule, type AppModuleOptions } from './app.module';
import { configureApp } from './app-setup';
import type { AppConfig } from './config/app-config';
import { runMigrations } from './database/run-migrations';

/** Builds the application on an open database and brings the schema up to date. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: Pick<AppModuleOptions, 'logDestination' | 'clock' | 'resolveHost'> = {},
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
