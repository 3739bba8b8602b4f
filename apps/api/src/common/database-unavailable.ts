/**
 * Errors that mean "the database cannot be reached right now", not "this request is wrong":
 * a refused or dropped connection, a server shutting down or starting up, too many
 * connections, a pool that timed out waiting for one. The request may succeed when retried.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, … */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53000']);
const MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /connection error/i, /not queryable/i, /Connection is not established/i];

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 3) return false;
  const err = e as { code?: unknown; message?: unknown; driverError?: unknown; errors?: unknown; cause?: unknown };
  const code = typeof err.code === 'string' ? err.code : undefined;
  if (code && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
  // A query's error is a TypeORM QueryFailedError around pg's; a connect's can be an AggregateError.
  if (err.driverError && isDatabaseUnavailable(err.driverError, depth + 1)) return true;
  if (err.cause && isDatabaseUnavailable(err.cause, depth + 1)) return true;
  if (Array.isArray(err.errors) && err.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  // pg and its pool say these without a code.
  return !code && typeof err.message === 'string' && MESSAGES.some((m) => m.test(err.message as string));
}

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
