import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import pino, { type DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * The request's id: the client's X-Request-Id when sane, else a new one; set on the answer. Also used
 * for errors raised before the logger's middleware ran (a malformed JSON body).
 */
export function assignRequestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  if (!response.headersSent) response.setHeader('X-Request-Id', id);
  return id;
}

/**
 * Paths pino replaces with "[redacted]". Request and response lines carry only id, method, url and
 * status (see the serializers), so headers never reach the log; these paths are the second line of
 * defence for objects logged by hand and for errors (a failed query's parameters can hold hashes).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.body.password',
  'password',
  'key',
  'token',
  'passwordHash',
  '*.password',
  '*.key',
  '*.token',
  '*.passwordHash',
  '*.password_hash',
  '*.key_hash',
  '*.token_hash',
  '*.parameters',
  '*.headers.authorization',
  '*.headers.cookie',
  'err.*.parameters',
];

/** JSON logs with a request id (taken from X-Request-Id when sane, else generated) and no secrets. */
export function loggerOptions(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Params {
  const options: Options = {
    level: config.logLevel,
    genReqId: assignRequestId,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (request) => request.url === '/api/health' },
    serializers: {
      // The URL without its query string: a client may put a secret there by mistake.
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: request.url?.split('?')[0],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  };
  return {
    // Nest 11 route syntax; the default '*' triggers a legacy-route warning at start-up.
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: [options, destination ?? asynchronousStdout()],
  };
}

let stdout: ReturnType<typeof pino.destination> | undefined;

/**
 * Stdout written in the background (pino's SonicBoom, sync: false): a synchronous write per log
 * line blocks the event loop whenever the pipe or terminal is slow. What is buffered is flushed
 * when the process exits, so the last lines before a shutdown or crash are not lost.
 */
function asynchronousStdout(): DestinationStream {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: false });
    process.once('exit', () => destination.flushSync());
    stdout = destination;
  }
  return stdout;
}
