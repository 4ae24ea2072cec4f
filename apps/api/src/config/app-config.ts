import { resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded server is started under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  sampleData: boolean;
  logLevel: LogLevel;
  /** Built dashboard served at `/`; skipped when the folder does not exist. */
  webDistDir: string;
  jsonBodyLimitBytes: number;
  /** Largest CSV accepted by POST /api/shipments/import (413 above it). */
  importMaxBytes: number;
  reports: ReportsConfig;
}

export interface ReportsConfig {
  /** Signs every webhook; when unset each report gets its own secret, shown once at creation. */
  webhookSecret: string | undefined;
  /** Retries of a failed run, with exponential backoff from `retryDelaySeconds`. */
  retryLimit: number;
  retryDelaySeconds: number;
  webhookRetryLimit: number;
  webhookRetryDelaySeconds: number;
  webhookTimeoutMs: number;
  /** How often idle job workers look for work (pg-boss polling). */
  jobPollingSeconds: number;
}

export class ConfigError extends Error {}

/** Reads and checks the environment once, at start-up; a bad value stops start-up naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env['HOST'] || '0.0.0.0',
    databaseUrl: databaseUrl(env),
    dataDir: resolve(env['DATA_DIR'] || '.data'),
    sampleData: boolean(env, 'SAMPLE_DATA', true),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    webDistDir: resolve(env['WEB_DIST_DIR'] || resolve(__dirname, '..', '..', 'web')),
    jsonBodyLimitBytes: integer(env, 'JSON_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    importMaxBytes: integer(env, 'IMPORT_MAX_BYTES', 200 * 1024 * 1024, 1024, 2 ** 42),
    reports: {
      webhookSecret: webhookSecret(env),
      retryLimit: integer(env, 'REPORT_RETRY_LIMIT', 3, 0, 20),
      retryDelaySeconds: integer(env, 'REPORT_RETRY_DELAY_SECONDS', 30, 1, 3600),
      webhookRetryLimit: integer(env, 'REPORT_WEBHOOK_RETRY_LIMIT', 5, 0, 20),
      webhookRetryDelaySeconds: integer(env, 'REPORT_WEBHOOK_RETRY_DELAY_SECONDS', 30, 1, 3600),
      webhookTimeoutMs: integer(env, 'REPORT_WEBHOOK_TIMEOUT_MS', 30_000, 100, 600_000),
      jobPollingSeconds: integer(env, 'JOB_POLLING_SECONDS', 2, 1, 60),
    },
  };
}

function webhookSecret(env: NodeJS.ProcessEnv): string | undefined {
  const value = env['REPORT_WEBHOOK_SECRET'];
  if (!value) return undefined;
  if (value.length < 16) throw new ConfigError('REPORT_WEBHOOK_SECRET must be at least 16 characters');
  return value;
}

function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const value = env['DATABASE_URL'];
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got ${url.protocol}//`);
  }
  return value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
