import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  Optional,
  SetMetadata,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { API_KEY_PREFIX, type ApiKeyScope, type Role } from '@ses/api-types';
import { DomainError } from './errors';

export interface AuthUser {
  id: string;
  organizationId: string;
  role: Role;
  sessionId: string;
  /** Set when the request authenticated with an API key (acting for the user who made it). */
  apiKey?: { id: string; name: string; scope: ApiKeyScope };
  /** The organisation requires TOTP and this password account has not turned it on yet. */
  mfaPending?: boolean;
}

export const IS_PUBLIC = 'ses:public';
export const ROLES = 'ses:roles';

/** No login needed (health, sign-up, login, the supplier portal, public grievances). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Who may call the handler; without it, reads are open to every role and writes to admin and buyer. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const READ_ROLES: Role[] = ['admin', 'buyer', 'viewer'];
export const WRITE_ROLES: Role[] = ['admin', 'buyer'];

type AuthedRequest = FastifyRequest & { user?: AuthUser };

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthedRequest>().user;
  if (!user) throw new DomainError('UNAUTHENTICATED', 'login required');
  return user;
});

export abstract class SessionResolver {
  abstract resolve(token: string): Promise<AuthUser | null>;
}

/** Resolves a bearer value that carries the API key prefix (the api-keys module provides it). */
export abstract class ApiKeyResolver {
  abstract resolve(key: string): Promise<AuthUser | null>;
}

/** Global guard: every endpoint needs a valid bearer token and a role unless marked public. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionResolver,
    @Optional() private readonly apiKeys?: ApiKeyResolver,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const token = bearerToken(req.headers.authorization);
    const user = !token
      ? null
      : token.startsWith(API_KEY_PREFIX)
        ? ((await this.apiKeys?.resolve(token)) ?? null)
        : await this.sessions.resolve(token);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'a valid bearer token is required');
    req.user = user;
    if (user.apiKey?.scope === 'read' && req.method !== 'GET' && req.method !== 'HEAD') {
      throw new DomainError('FORBIDDEN', 'a read-only API key cannot change anything');
    }
    const allowed =
      this.reflector.getAllAndOverride<Role[]>(ROLES, targets) ??
      (req.method === 'GET' || req.method === 'HEAD' ? READ_ROLES : WRITE_ROLES);
    if (!allowed.includes(user.role)) {
      throw new DomainError('FORBIDDEN', `this needs the role ${allowed.join(' or ')}`);
    }
    return true;
  }
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  return m ? m[1] : null;
}
