import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import type { AuthUser } from '../../common/auth';
import { runAsApiKey } from '../../common/request-context';

/**
 * Runs a handler called with an API key inside that key's context, so that the audit log
 * names the key as the actor. Interceptors run after the guard, and the handler (with every
 * promise it starts) runs inside the subscription made here.
 */
@Injectable()
export class ApiKeyContextInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const key = ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>().user?.apiKey;
    if (!key) return next.handle();
    return new Observable((subscriber) => runAsApiKey({ id: key.id, name: key.name }, () => next.handle().subscribe(subscriber)));
  }
}
