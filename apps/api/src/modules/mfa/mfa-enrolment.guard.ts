import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth';
import { DomainError } from '../../common/errors';

/** What an account may still reach before enrolling: its own account, sessions and MFA set-up. */
const OPEN_WHILE_ENROLLING = /^\/api\/(me|config|auth\/.*)$/;

/**
 * Runs after the authentication guard (registered after it): a signed-in password account
 * of an organisation that requires TOTP, without TOTP on, can only enrol.
 */
@Injectable()
export class MfaEnrolmentGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    if (!req.user?.mfaPending) return true;
    if (OPEN_WHILE_ENROLLING.test(req.url.split('?')[0])) return true;
    throw new DomainError('MFA_ENROLMENT_REQUIRED', 'your organisation requires a second factor: turn TOTP on first');
  }
}
