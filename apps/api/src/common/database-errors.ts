const UNAVAILABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
// admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'terminating connection',
  'the database system is',
];

/** True when the error means "PostgreSQL is down or unreachable", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown })?.driverError].filter(Boolean) as Array<{
    code?: string;
    message?: string;
  }>;
  return candidates.some(
    (candidate) =>
      (candidate.code !== undefined &&
        (UNAVAILABLE_NETWORK_CODES.has(candidate.code) || UNAVAILABLE_SQLSTATES.has(candidate.code))) ||
      UNAVAILABLE_MESSAGES.some((text) => candidate.message?.includes(text)),
  );
}
