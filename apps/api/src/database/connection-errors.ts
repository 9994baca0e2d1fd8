import { QueryFailedError } from 'typeorm';

/** Socket errors of a database that is down, restarting or unreachable. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is shutting down or not yet up (57P01 admin_shutdown, 57P02
 * crash_shutdown, 57P03 cannot_connect_now), out of connections (53300) or of a broken
 * connection (class 08).
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * Messages node-postgres and its pool use for a connection that died or never came (they carry no
 * code): "Connection terminated unexpectedly", "timeout exceeded when trying to connect",
 * "Client has encountered a connection error and is not queryable", and the pool's own end.
 */
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Cannot use a pool after calling end/i;

/**
 * Whether an error means "the database cannot be reached right now" rather than "this query is
 * wrong": the former answers 503 and heals when the database is back. TypeORM wraps driver errors
 * in QueryFailedError (driverError) and some in others (cause), so the chain is followed.
 */
export function isConnectionError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (!(current instanceof Error)) return false;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || isServerCode(code))) return true;
    if (DRIVER_MESSAGES.test(current.message)) return true;
    current = current instanceof QueryFailedError ? current.driverError : current.cause;
  }
  return false;
}

function isServerCode(code: string): boolean {
  return SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}
