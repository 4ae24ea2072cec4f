import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServeStaticModule } from '@nestjs/serve-static';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from './common/clock';
import type { ResolveAll } from './common/host-resolver';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { AnalyticsModule } from './analytics';
import { dataSourceOptions } from './database/data-source-options';
import { FxRatesModule } from './fx-rates/fx-rates.module';
import { BenchmarksModule } from './benchmarks/benchmarks.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CacheVersionsModule } from './cache-versions/cache-versions.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { OfficialStatsModule } from './official-stats/official-stats.module';
import { loggerOptions } from './logging/logger-options';
import { ReferenceModule } from './reference/reference.module';
import { ReportsModule } from './reports/reports.module';
import { SavedViewsModule } from './saved-views/saved-views.module';
import { SampleDataModule } from './sample-data/sample-data.module';
import { SettingsModule } from './settings/settings.module';
import { TargetsModule } from './targets/targets.module';
import { SourcesModule } from './sources/sources.module';
import { ShipmentsModule } from './shipments/shipments.module';
import { AlertsModule } from './alerts/alerts.module';
import { ImportDependencyModule } from './import-dependency/import-dependency.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Tests pass a controllable clock; the product uses the system clock. */
  clock?: Clock;
  /** Where logs go instead of stdout (tests capture them to prove no secret is written). */
  logDestination?: DestinationStream;
  /** Tests pass a resolver that maps a name to loopback (the webhook guard); DNS otherwise. */
  resolveHost?: ResolveAll;
}

@Module({})
export class AppModule {
  static forRoot({
    config,
    databaseUrl,
    clock,
    logDestination,
    resolveHost,
  }: AppModuleOptions): DynamicModule {
    const web = existsSync(join(config.webDistDir, 'index.html'))
      ? [
          ServeStaticModule.forRoot({
            rootPath: config.webDistDir,
            exclude: ['/api/{*rest}'],
            serveStaticOptions: { index: 'index.html', cacheControl: false, setHeaders: setWebCacheHeaders },
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock, resolveHost),
        LoggerModule.forRoot(loggerOptions(config, logDestination)),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.databaseReadUrls)),
        CacheVersionsModule,
        SettingsModule,
        AuditModule,
        AuthModule,
        HealthModule,
        ReferenceModule,
        ShipmentsModule,
        AnalyticsModule,
        FxRatesModule,
        BenchmarksModule,
        ImportsModule,
        ExportsModule,
        ReportsModule,
        TargetsModule,
        SourcesModule,
        SavedViewsModule,
        OfficialStatsModule,
        SampleDataModule,
        AlertsModule,
        ImportDependencyModule,
        ...web,
      ],
    };
  }
}

export { APP_CONFIG };

/**
 * Vite's assets carry a content hash and never change; index.html must always be revalidated or a
 * browser keeps pointing at chunks a deploy has deleted.
 */
function setWebCacheHeaders(response: { setHeader(name: string, value: string): void }, path: string): void {
  const cacheControl = path.endsWith('.html')
    ? 'no-cache'
    : /[\\/]assets[\\/]/.test(path)
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=3600';
  response.setHeader('Cache-Control', cacheControl);
}
