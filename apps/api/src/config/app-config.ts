import { resolve } from 'node:path';
import {
  DEFAULT_HOME_COUNTRY,
  HHI_BAND_SETS,
  type HhiBandSet,
  isCountryCode,
  passwordProblem,
} from '@tradeflow/domain';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface AppConfig {
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded server is started under `dataDir`. */
  databaseUrl: string | undefined;
  /** Read replicas of DATABASE_URL for the analytics reads (TypeORM `replication`); empty: none. */
  databaseReadUrls: string[];
  dataDir: string;
  sampleData: boolean;
  logLevel: LogLevel;
  /** Built dashboard served at `/`; skipped when the folder does not exist. */
  webDistDir: string;
  jsonBodyLimitBytes: number;
  security: SecurityConfig;
  /** Largest CSV accepted by POST /api/shipments/import (413 above it). */
  importMaxBytes: number;
  /** ANSWER_CACHE_ENTRIES: analytics and listing answers kept in process per data version; 0: none. */
  answerCacheEntries: number;
  reports: ReportsConfig;
  analytics: AnalyticsConfig;
  /** PUBLIC_URL: where people reach the dashboard; links in e-mails start with it. */
  publicUrl: string;
  mail: MailConfig;
}

export interface MailConfig {
  /** SMTP_URL: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://... (TLS); unset: no e-mail. */
  smtpUrl: string | undefined;
  /** SMTP_FROM: the sender of every message. */
  from: string;
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
  /** Whether webhooks may call loopback, private and link-local addresses (SSRF guard off). */
  webhookAllowPrivateNetwork: boolean;
  /** Hosts (names or IPs, lower case) webhooks may call even when they are private. */
  webhookAllowedHosts: string[];
  /** How often idle job workers look for work (pg-boss polling). */
  jobPollingSeconds: number;
  /** Files larger than this are not attached to e-mails: the message links to them instead. */
  emailMaxAttachmentBytes: number;
  /** How long the download link of a file too large to attach works. */
  downloadLinkDays: number;
}

export interface AnalyticsConfig {
  /** FISCAL_YEAR_START_MONTH: first month (1-12) of a fiscal year; 7 (July), as in Pakistan. */
  fiscalYearStartMonth: number;
  /** HHI_BANDS: the concentration bands answers are read against; the 2023 US Merger Guidelines by default. */
  hhiBands: HhiBandSet;
  /**
   * HOME_COUNTRY (ISO 3166-1 alpha-2, `PK` by default): the importing country of a shipment that names
   * neither one nor a discharge port, and the dashboard's importer when its address names none.
   */
  homeCountry: string;
}

export interface SecurityConfig {
  /** An admin API key taken from the environment (TRADEFLOW_ADMIN_TOKEN); undefined when unset. */
  adminToken: string | undefined;
  /** Password of the user `admin`, set at every start (TRADEFLOW_ADMIN_PASSWORD); undefined when unset. */
  adminPassword: string | undefined;
  /** A session ends this long after sign-in, however active. */
  sessionMaxAgeMinutes: number;
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** `auto`: Secure when the request came over https (see trustProxy). */
  cookieSecure: 'auto' | boolean;
  /** Express `trust proxy`: false, true, a hop count or a list of addresses/subnets. */
  trustProxy: boolean | number | string;
  /** Origins allowed to call the API from a browser on another origin; empty: same origin only. */
  corsOrigins: string[];
  /** Requests per minute per signed-in user or anonymous address. */
  rateLimitPerMinute: number;
  /** Requests per minute per API key (machine clients send more). */
  apiKeyRateLimitPerMinute: number;
  /** Sign-in attempts per minute per client address. */
  loginRateLimitPerMinute: number;
  /** Failed sign-ins for one username within the lock-out window that lock it. */
  loginLockoutAttempts: number;
  /** Length of the counting window and of the lock-out. */
  loginLockoutMinutes: number;
}

export class ConfigError extends Error {}

/** Reads and checks the environment once, at start-up; a bad value stops start-up naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env['HOST'] || '0.0.0.0',
    databaseUrl: databaseUrl(env),
    databaseReadUrls: databaseReadUrls(env),
    dataDir: resolve(env['DATA_DIR'] || '.data'),
    sampleData: boolean(env, 'SAMPLE_DATA', true),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    webDistDir: resolve(env['WEB_DIST_DIR'] || resolve(__dirname, '..', '..', 'web')),
    jsonBodyLimitBytes: integer(env, 'JSON_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    security: securityConfig(env),
    importMaxBytes: integer(env, 'IMPORT_MAX_BYTES', 200 * 1024 * 1024, 1024, 2 ** 42),
    answerCacheEntries: integer(env, 'ANSWER_CACHE_ENTRIES', 200, 0, 100_000),
    reports: {
      webhookSecret: webhookSecret(env),
      retryLimit: integer(env, 'REPORT_RETRY_LIMIT', 3, 0, 20),
      retryDelaySeconds: integer(env, 'REPORT_RETRY_DELAY_SECONDS', 30, 1, 3600),
      webhookRetryLimit: integer(env, 'REPORT_WEBHOOK_RETRY_LIMIT', 5, 0, 20),
      webhookRetryDelaySeconds: integer(env, 'REPORT_WEBHOOK_RETRY_DELAY_SECONDS', 30, 1, 3600),
      webhookTimeoutMs: integer(env, 'REPORT_WEBHOOK_TIMEOUT_MS', 30_000, 100, 600_000),
      webhookAllowPrivateNetwork: boolean(env, 'REPORT_WEBHOOK_ALLOW_PRIVATE_NETWORK', false),
      webhookAllowedHosts: hostList(env, 'REPORT_WEBHOOK_ALLOWED_HOSTS'),
      jobPollingSeconds: integer(env, 'JOB_POLLING_SECONDS', 2, 1, 60),
      emailMaxAttachmentBytes: integer(
        env,
        'REPORT_EMAIL_MAX_ATTACHMENT_BYTES',
        10 * 1024 * 1024,
        0,
        2 ** 40,
      ),
      downloadLinkDays: integer(env, 'REPORT_DOWNLOAD_LINK_DAYS', 7, 1, 366),
    },
    publicUrl: publicUrl(env),
    mail: mailConfig(env),
    analytics: {
      fiscalYearStartMonth: integer(env, 'FISCAL_YEAR_START_MONTH', 7, 1, 12),
      hhiBands: oneOf(env, 'HHI_BANDS', HHI_BAND_SETS, '2023'),
      homeCountry: homeCountry(env),
    },
  };
}

function publicUrl(env: NodeJS.ProcessEnv): string {
  const raw = env['PUBLIC_URL']?.trim();
  if (!raw) return `http://localhost:${env['PORT'] || 3000}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL is not a URL like https://tradeflow.example.com, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`PUBLIC_URL must start with http:// or https://, got "${raw}"`);
  }
  return url.href.replace(/\/$/, '');
}

function mailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const raw = env['SMTP_URL']?.trim();
  let smtpUrl: string | undefined;
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      // Never echo the value: it may hold a password.
      throw new ConfigError('SMTP_URL is not a URL like smtp://user:password@mail.example.com:587');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
      throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got ${url.protocol}//`);
    }
    smtpUrl = raw;
  }
  const from = env['SMTP_FROM']?.trim() || 'tradeflow <tradeflow@localhost>';
  if (!/^[^\r\n<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(from)) {
    throw new ConfigError(
      `SMTP_FROM must be an address like "tradeflow <reports@example.com>", got "${from}"`,
    );
  }
  return { smtpUrl, from };
}

function homeCountry(env: NodeJS.ProcessEnv): string {
  const raw = env['HOME_COUNTRY'];
  if (raw === undefined || raw === '') return DEFAULT_HOME_COUNTRY;
  if (!isCountryCode(raw)) {
    throw new ConfigError(
      `HOME_COUNTRY must be an ISO 3166-1 alpha-2 country code in upper case (e.g. PK, IN), got "${raw}"`,
    );
  }
  return raw;
}

function webhookSecret(env: NodeJS.ProcessEnv): string | undefined {
  const value = env['REPORT_WEBHOOK_SECRET'];
  if (!value) return undefined;
  if (value.length < 16) throw new ConfigError('REPORT_WEBHOOK_SECRET must be at least 16 characters');
  return value;
}

const MINUTES_PER_YEAR = 366 * 24 * 60;

function securityConfig(env: NodeJS.ProcessEnv): SecurityConfig {
  const sessionMaxAgeMinutes = integer(env, 'SESSION_MAX_AGE_MINUTES', 12 * 60, 1, MINUTES_PER_YEAR);
  return {
    adminToken: secret(env, 'TRADEFLOW_ADMIN_TOKEN', 24),
    adminPassword: adminPassword(env),
    sessionMaxAgeMinutes,
    sessionIdleMinutes: Math.min(
      integer(env, 'SESSION_IDLE_MINUTES', 60, 1, MINUTES_PER_YEAR),
      sessionMaxAgeMinutes,
    ),
    cookieSecure: cookieSecure(env),
    trustProxy: trustProxy(env),
    corsOrigins: corsOrigins(env),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 1, 100_000_000),
    apiKeyRateLimitPerMinute: integer(env, 'API_KEY_RATE_LIMIT_PER_MINUTE', 6000, 1, 100_000_000),
    loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 100_000_000),
    loginLockoutAttempts: integer(env, 'LOGIN_LOCKOUT_ATTEMPTS', 5, 1, 1000),
    loginLockoutMinutes: integer(env, 'LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
  };
}

function secret(env: NodeJS.ProcessEnv, name: string, minLength: number): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (value.length < minLength || /\s/.test(value)) {
    // Never echo the value: it is a secret.
    throw new ConfigError(`${name} must be at least ${minLength} characters without spaces`);
  }
  return value;
}

function adminPassword(env: NodeJS.ProcessEnv): string | undefined {
  const value = env['TRADEFLOW_ADMIN_PASSWORD'];
  if (value === undefined || value === '') return undefined;
  const problem = passwordProblem(value, 'admin');
  if (problem) throw new ConfigError(`TRADEFLOW_ADMIN_PASSWORD ${problem}`);
  return value;
}

function cookieSecure(env: NodeJS.ProcessEnv): 'auto' | boolean {
  const raw = env['COOKIE_SECURE']?.toLowerCase();
  if (raw === undefined || raw === '' || raw === 'auto') return 'auto';
  return boolean(env, 'COOKIE_SECURE', false);
}

function trustProxy(env: NodeJS.ProcessEnv): boolean | number | string {
  const raw = env['TRUST_PROXY']?.trim();
  if (raw === undefined || raw === '' || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (
    !/^[0-9a-fA-F.:/,\s]+$|^(loopback|linklocal|uniquelocal)(\s*,\s*(loopback|linklocal|uniquelocal))*$/.test(
      raw,
    )
  ) {
    throw new ConfigError(
      `TRUST_PROXY must be true, false, a hop count, or addresses/subnets separated by commas, got "${raw}"`,
    );
  }
  return raw;
}

function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const raw = env['CORS_ORIGINS'];
  if (raw === undefined || raw.trim() === '') return [];
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        throw new ConfigError(
          `CORS_ORIGINS: "${origin}" is not an origin like https://dashboard.example.com`,
        );
      }
      if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
        throw new ConfigError(
          `CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path), e.g. https://dashboard.example.com`,
        );
      }
      return url.origin;
    });
}

function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const value = env['DATABASE_URL'];
  if (!value) return undefined;
  return postgresUrl('DATABASE_URL', value);
}

function databaseReadUrls(env: NodeJS.ProcessEnv): string[] {
  const value = env['DATABASE_READ_URLS']?.trim();
  if (!value) return [];
  if (!env['DATABASE_URL']) {
    throw new ConfigError(
      'DATABASE_READ_URLS needs DATABASE_URL: read replicas are replicas of your own PostgreSQL, not of the embedded one',
    );
  }
  return value
    .split(',')
    .map((url, index) => postgresUrl(`DATABASE_READ_URLS (entry ${index + 1})`, url.trim()));
}

function postgresUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `${name} is not a valid URL (expected postgres://user:password@host:5432/database)`,
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`${name} must start with postgres:// or postgresql://, got ${url.protocol}//`);
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

/** A comma-separated list of host names or IP addresses (IPv6 with or without brackets), lower case. */
function hostList(env: NodeJS.ProcessEnv, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((host) =>
      host
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1'),
    )
    .filter(Boolean);
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
