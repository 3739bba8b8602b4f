import { Inject, Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import type { LoginRequest, MeResponse, SignupRequest, SignupResponse } from '@ses/api-types';
import { type AuthUser, SessionResolver } from '../../common/auth';
import { DomainError } from '../../common/errors';
import { hashToken, newToken } from '../../common/tokens';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { OrganizationsService, toOrganization } from '../organizations/organizations.service';
import { ORGANIZATIONS } from '../organizations/organizations.sql';
import { SSO_CONFIGS } from '../sso/sso.sql';
import { UsersService, toUser } from '../users/users.service';
import { USERS } from '../users/users.sql';
import { DUMMY_HASH, verifyPassword } from './password';
import { SessionEntity } from './session.entity';
import { MfaService } from '../mfa/mfa.service';

const SESSION_DAYS = 7;

@Injectable()
export class AuthService extends SessionResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly orgs: OrganizationsService,
    private readonly users: UsersService,
    private readonly mfa: MfaService,
  ) {
    super();
  }

  /** A new organisation with its first user as admin. */
  async signup(input: SignupRequest, userAgent?: string): Promise<SignupResponse> {
    if (!this.config.allowSignup) throw new DomainError('SIGNUP_DISABLED', 'sign-up is disabled on this server');
    return this.db.transaction(async (m) => {
      const org = await this.orgs.create(m, input.organizationName);
      const user = await this.users.create(org.id, { ...input, role: 'admin' }, m);
      const accessToken = await this.openSession(user.id, userAgent, m.getRepository(SessionEntity));
      return { accessToken, user: toUser(user), organization: toOrganization(org) };
    });
  }

  async login(input: LoginRequest, userAgent?: string): Promise<{ accessToken: string }> {
    const user = await this.users.withPasswordHash(input.email);
    const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), input.password);
    if (!user || !ok) throw new DomainError('INVALID_CREDENTIALS', 'wrong e-mail address or password');
    // Said only to whoever knows the password.
    if (user.deactivatedAt) throw new DomainError('ACCOUNT_DEACTIVATED', 'this account has been deactivated by an admin');
    const [sso] = await this.db.query(`SELECT mandatory FROM ${SSO_CONFIGS} c WHERE c.organization_id = $1`, [user.organizationId]);
    if (sso?.mandatory) throw new DomainError('SSO_REQUIRED', 'this organisation signs in with single sign-on only');
    await this.mfa.checkLogin(user.id, input.code);
    return { accessToken: await this.openSession(user.id, userAgent) };
  }

  async logout(user: AuthUser): Promise<void> {
    await this.db.getRepository(SessionEntity).delete({ id: user.sessionId });
  }

  async me(user: AuthUser): Promise<MeResponse> {
    const [u, org] = await Promise.all([this.users.get(user.organizationId, user.id), this.orgs.get(user.organizationId)]);
    return { user: toUser(u), organization: toOrganization(org) };
  }

  async resolve(token: string): Promise<AuthUser | null> {
    const session = await this.db.getRepository(SessionEntity).findOne({
      where: { tokenHash: hashToken(token), expiresAt: MoreThan(new Date()) },
    });
    if (!session) return null;
    // One query for the user and whether they still have to enrol a second factor.
    const [user]: { id: string; organization_id: string; role: AuthUser['role']; mfa_pending: boolean }[] = await this.db.query(
      `SELECT u.id, u.organization_id, u.role, (o.require_mfa AND u.totp_enabled_at IS NULL AND u.sso_subject IS NULL) AS mfa_pending
       FROM ${USERS} u JOIN ${ORGANIZATIONS} o ON o.id = u.organization_id WHERE u.id = $1 AND u.deactivated_at IS NULL`,
      [session.userId],
    );
    if (!user) return null;
    return { id: user.id, organizationId: user.organization_id, role: user.role, sessionId: session.id, ...(user.mfa_pending ? { mfaPending: true } : {}) };
  }

  /** A new session for the user (also used by single sign-on); answers its bearer token. */
  async openSession(userId: string, userAgent?: string, repo = this.db.getRepository(SessionEntity)): Promise<string> {
    const token = newToken();
    await repo.insert({
      tokenHash: hashToken(token),
      userId,
      userAgent: userAgent ? userAgent.slice(0, 300) : null,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    });
    return token;
  }
}
