import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { from, mergeMap, type Observable, of, tap } from 'rxjs';
import { CacheVersionsService } from './cache-versions.service';
import { BoundedCache } from '../common/bounded-cache';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** The analytics version a request's answer is computed for (read by AnalyticsReader). */
export interface AnalyticsVersioned {
  analyticsVersion?: string;
}

/** What the answers of this server depend on besides the query and the data. */
function settingsFingerprint(config: AppConfig): string {
  return JSON.stringify(config.analytics);
}

/**
 * Analytics answers and the shipment listing depend only on the query, the shipment data
 * (shipments, their sources, fx rates) and the server's analytics settings, so each is computed
 * once per data version: the answer is kept in process under (path, query with
 * its parameters sorted, version), sent with an ETag of the same, and a request whose
 * If-None-Match names it gets 304 (Express answers it, seeing the ETag header on a fresh request). The version comes from PostgreSQL on every request (CacheVersionsService, shared with the
 * caller's authentication), so a write
 * committed on any instance before the request began is never answered from memory.
 */
@Injectable()
export class DataVersionCacheInterceptor implements NestInterceptor {
  private readonly answers: BoundedCache<unknown>;
  private readonly settings: string;

  constructor(
    private readonly versions: CacheVersionsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = settingsFingerprint(config);
    this.answers = new BoundedCache<unknown>(config.answerCacheEntries);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & AnalyticsVersioned>();
    const response = context.switchToHttp().getResponse<Response>();
    return from(this.versions.ofRequest(request)).pipe(
      mergeMap(({ analytics }) => {
        request.analyticsVersion = analytics;
        const key = `${analytics}|${request.path}?${normalisedQuery(request.originalUrl)}`;
        const etag = `"${createHash('sha1').update(this.settings).update(key).digest('base64url')}"`;
        response.setHeader('ETag', etag);
        response.setHeader('Cache-Control', 'private, no-cache');
        const cached = this.answers.get(key);
        if (cached !== undefined) return of(cached);
        return next.handle().pipe(
          tap({
            next: (answer) => this.answers.set(key, answer),
            // A refused query (400) has no answer to name.
            error: () => response.removeHeader('ETag'),
          }),
        );
      }),
    );
  }
}

/** The query string with its parameters in a fixed order, so equal queries share an entry. */
function normalisedQuery(url: string): string {
  const question = url.indexOf('?');
  if (question < 0) return '';
  const params = new URLSearchParams(url.slice(question + 1));
  params.sort();
  return params.toString();
}
