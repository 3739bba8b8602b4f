import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { ErrorResponse } from '@ses/api-types';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './errors';
import { redactText } from './redact';

/** The one place where errors become HTTP responses `{ statusCode, message, error }`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (isDatabaseUnavailable(exception)) {
      // Not a fault of the request nor of the code: the client retries after a pause.
      this.logger.warn(`database unavailable: ${redactText((exception as Error).message)}`);
      const body = this.toBody(new DomainError('DATABASE_UNAVAILABLE', 'the database is unavailable; try again shortly'));
      void reply
        .status(body.statusCode)
        .header('cache-control', 'no-store')
        .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .send(body);
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(redactText(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)));
    }
    void reply.status(body.statusCode).header('cache-control', 'no-store').send(body);
  }

  private toBody(e: unknown): ErrorResponse {
    if (e instanceof DomainError) {
      return { ...base(e.status, e.message), code: e.code, ...(e.issues ? { issues: e.issues } : {}) };
    }
    if (e instanceof HttpException) {
      const res = e.getResponse();
      const message =
        typeof res === 'string' ? res : Array.isArray((res as { message?: unknown }).message)
          ? ((res as { message: string[] }).message).join('; ')
          : String((res as { message?: unknown }).message ?? e.message);
      // A 404's "Cannot GET <url>" quotes the URL, which may carry a token.
      return base(e.getStatus(), redactText(message));
    }
    // Errors raised by Fastify itself (malformed JSON, body too large, bad content type …).
    const statusCode = (e as { statusCode?: unknown })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return base(statusCode, redactText((e as Error).message));
    }
    // PostgreSQL's data exceptions (class 22: a NUL character in text, a number out of
    // range …) come from values the caller sent: a 400, not a 500.
    const driverCode = (e as { driverError?: { code?: unknown } })?.driverError?.code;
    if (typeof driverCode === 'string' && driverCode.startsWith('22')) {
      return base(400, 'a value in the request cannot be stored (invalid characters or out of range)');
    }
    return base(500, 'Internal server error');
  }
}

function base(statusCode: number, message: string): ErrorResponse {
  return { statusCode, message, error: STATUS_CODES[statusCode] ?? 'Error' };
}
