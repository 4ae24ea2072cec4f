import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { ActorType } from '@tradeflow/domain';
import type { AuthenticatedRequest } from '../auth/principal';

interface RequestContext {
  request: Request & AuthenticatedRequest & { id?: unknown };
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Makes the current request reachable from services (the audit trail needs its caller and request
 * id) without threading it through every method signature.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    storage.run({ request }, next);
  }
}

export interface Actor {
  type: ActorType;
  id: string | null;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, name: 'system' };

/** The signed-in caller of the current request, or `system` outside a request (start-up, jobs). */
export function currentActor(): Actor {
  const principal = storage.getStore()?.request.principal;
  if (!principal) return SYSTEM_ACTOR;
  return { type: principal.kind, id: principal.id, name: principal.name };
}

export function currentRequestId(): string | null {
  const id = storage.getStore()?.request.id;
  return id === undefined || id === null ? null : String(id);
}

/** The data version the current request's analytics answer is for (set by the analytics cache). */
export function currentAnalyticsVersion(): string | undefined {
  return (storage.getStore()?.request as { analyticsVersion?: string } | undefined)?.analyticsVersion;
}
