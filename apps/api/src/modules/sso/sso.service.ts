import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import type { Role, SsoConfig, SsoConfigRequest } from '@ses/api-types';
import { ssoConfigRequestSchema } from '@ses/api-types';
import type { AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { hashToken } from '../../common/tokens';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit.util';
import { AuthService } from '../auth/auth.service';
import { ORGANIZATIONS } from '../organizations/organizations.sql';
import { UsersService } from '../users/users.service';
import { USERS } from '../users/users.sql';
import { domainAllowed, mapRole } from './sso-claims';

const LOGIN_MINUTES = 10;
const SCOPE = 'openid email profile';

interface ConfigRow {
  organization_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  role_claim: string;
  role_mapping: Record<string, Role>;
  default_role: Role | null;
  allowed_domains: string[];
  mandatory: boolean;
}

/** A sign-in that failed at the provider or at our checks: shown on the login page by its code. */
export class SsoFailure extends Error {
  constructor(readonly code: 'SSO_FAILED' | 'SSO_EXPIRED' | 'SSO_DOMAIN_NOT_ALLOWED' | 'SSO_NO_ROLE' | 'SSO_EMAIL_TAKEN' | 'ACCOUNT_DEACTIVATED', message: string) {
    super(message);
  }
}

/**
 * OpenID Connect sign-in per organisation (authorisation code with PKCE, state and nonce).
 * What a sign-in needs between the two legs is kept on the server, keyed by the state's
 * hash and bound to the browser by a cookie holding the state.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger('SSO');
  private readonly discovered = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

  constructor(
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
    private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  get redirectUri(): string {
    return `${this.appConfig.publicUrl}/api/auth/sso/callback`;
  }

  async getConfig(organizationId: string): Promise<SsoConfig> {
    const row = await this.row(organizationId);
    if (!row) throw notFound('single sign-on configuration');
    const [org] = await this.db.query(`SELECT slug FROM ${ORGANIZATIONS} o WHERE o.id = $1`, [organizationId]);
    return {
      issuer: row.issuer,
      clientId: row.client_id,
      clientSecretHint: `••••${row.client_secret.slice(-4)}`,
      roleClaim: row.role_claim,
      roleMapping: row.role_mapping,
      defaultRole: row.default_role,
      allowedDomains: row.allowed_domains,
      mandatory: row.mandatory,
      redirectUri: this.redirectUri,
      loginUrl: `${this.appConfig.publicUrl}/api/auth/sso/${org.slug}/start`,
    };
  }

  async putConfig(me: AuthUser, body: SsoConfigRequest): Promise<SsoConfig> {
    const input = ssoConfigRequestSchema.parse(body);
    await this.db.transaction(async (m) => {
      const [existing]: ConfigRow[] = await m.query(`SELECT * FROM sso_configs WHERE organization_id = $1 FOR UPDATE`, [me.organizationId]);
      const secret = input.clientSecret ?? existing?.client_secret;
      if (!secret) throw new DomainError('VALIDATION_FAILED', 'clientSecret: required when single sign-on is first set up', [{ path: 'clientSecret', message: 'required' }]);
      await m.query(
        `INSERT INTO sso_configs (organization_id, issuer, client_id, client_secret, role_claim, role_mapping, default_role, allowed_domains, mandatory)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (organization_id) DO UPDATE SET issuer = $2, client_id = $3, client_secret = $4, role_claim = $5,
           role_mapping = $6, default_role = $7, allowed_domains = $8, mandatory = $9, updated_at = now()`,
        [me.organizationId, input.issuer.replace(/\/+$/, ''), input.clientId, secret, input.roleClaim, JSON.stringify(input.roleMapping), input.defaultRole, input.allowedDomains, input.mandatory],
      );
      // The secret itself never enters the audit log.
      const view = { issuer: input.issuer, clientId: input.clientId, roleClaim: input.roleClaim, roleMapping: input.roleMapping, defaultRole: input.defaultRole, allowedDomains: input.allowedDomains, mandatory: input.mandatory, secretChanged: input.clientSecret !== undefined };
      await this.audit.record(m, { organizationId: me.organizationId, actor: userActor(me), action: 'sso.configure', entityType: 'organization', entityId: me.organizationId, after: view });
    });
    return this.getConfig(me.organizationId);
  }

  async removeConfig(me: AuthUser): Promise<void> {
    await this.db.transaction(async (m) => {
      const [, affected] = await m.query(`DELETE FROM sso_configs WHERE organization_id = $1`, [me.organizationId]);
      if (!affected) throw notFound('single sign-on configuration');
      await this.audit.record(m, { organizationId: me.organizationId, actor: userActor(me), action: 'sso.remove', entityType: 'organization', entityId: me.organizationId });
    });
  }

  /** Public: whether an organisation signs in with SSO (the login page asks). */
  async status(slug: string): Promise<{ enabled: boolean; mandatory: boolean }> {
    const [row] = await this.db.query(`SELECT c.mandatory FROM sso_configs c JOIN ${ORGANIZATIONS} o ON o.id = c.organization_id WHERE o.slug = $1`, [slug]);
    return { enabled: !!row, mandatory: !!row?.mandatory };
  }

  /** The first leg: remembers state, nonce and verifier, and answers the provider's authorisation URL. */
  async start(slug: string): Promise<{ url: string; state: string }> {
    const [org] = await this.db.query(`SELECT id FROM ${ORGANIZATIONS} o WHERE o.slug = $1`, [slug]);
    const row = org && (await this.row(org.id));
    if (!row) throw notFound('single sign-on for this organisation');
    const config = await this.discover(row);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const verifier = oidc.randomPKCECodeVerifier();
    await this.db.query(`DELETE FROM sso_logins WHERE expires_at < now()`);
    await this.db.query(
      `INSERT INTO sso_logins (state_hash, organization_id, code_verifier, nonce, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
      [hashToken(state), row.organization_id, verifier, nonce, LOGIN_MINUTES],
    );
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /**
   * The second leg: the state must be the one this browser started with and still pending
   * (used once); the code is exchanged with the verifier, and the ID token's signature,
   * issuer, audience, expiry and nonce are checked by openid-client. Answers a new session.
   */
  async callback(url: URL, cookieState: string | undefined, userAgent?: string): Promise<string> {
    const state = url.searchParams.get('state') ?? '';
    if (!state || state !== cookieState) throw new SsoFailure('SSO_EXPIRED', 'the sign-in was not started in this browser, or has expired');
    const [[pending]] = await this.db.query(`DELETE FROM sso_logins WHERE state_hash = $1 AND expires_at > now() RETURNING *`, [hashToken(state)]);
    if (!pending) throw new SsoFailure('SSO_EXPIRED', 'the sign-in has expired or was already used');
    const row = await this.row(pending.organization_id);
    if (!row) throw new SsoFailure('SSO_FAILED', 'single sign-on is no longer set up');
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(await this.discover(row), url, {
        pkceCodeVerifier: pending.code_verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (e) {
      // The reason goes to the log (no tokens in it); the browser gets a code.
      this.logger.warn(`sign-in refused for organisation ${row.organization_id}: ${(e as Error).message}`);
      throw new SsoFailure('SSO_FAILED', 'the identity provider’s answer was refused');
    }
    if (!claims) throw new SsoFailure('SSO_FAILED', 'no ID token');
    const userId = await this.provision(row, claims);
    return this.auth.openSession(userId, userAgent);
  }

  /** Finds the user by subject, else links or creates them by e-mail; answers their id. */
  private async provision(row: ConfigRow, claims: oidc.IDToken): Promise<string> {
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email || claims.email_verified === false) throw new SsoFailure('SSO_FAILED', 'the provider sent no verified e-mail address');
    if (!domainAllowed(email, row.allowed_domains)) throw new SsoFailure('SSO_DOMAIN_NOT_ALLOWED', 'this e-mail domain may not sign in');
    const orgId = row.organization_id;
    return this.db.transaction(async (m) => {
      const [bySubject] = await m.query(`SELECT id, deactivated_at FROM ${USERS} u WHERE organization_id = $1 AND sso_subject = $2`, [orgId, claims.sub]);
      const [byEmail] = bySubject ? [] : await m.query(`SELECT id, organization_id, sso_subject, deactivated_at FROM ${USERS} u WHERE email = $1 FOR UPDATE`, [email]);
      const found = bySubject ?? byEmail;
      if (found) {
        if (byEmail && (byEmail.organization_id !== orgId || (byEmail.sso_subject && byEmail.sso_subject !== claims.sub))) {
          throw new SsoFailure('SSO_EMAIL_TAKEN', 'this e-mail address belongs to another account');
        }
        if (found.deactivated_at) throw new SsoFailure('ACCOUNT_DEACTIVATED', 'this account has been deactivated');
        if (byEmail) await this.users.linkSsoSubject(m, byEmail.id, claims.sub);
        return found.id as string;
      }
      const role = mapRole(claims[row.role_claim], row.role_mapping, row.default_role);
      if (!role) throw new SsoFailure('SSO_NO_ROLE', 'the provider gave this person no role in this organisation');
      const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
      // No password: the account signs in through the provider only.
      const created = await this.users.create(orgId, { email, name, role, password: randomBytes(32).toString('base64url') }, m);
      await this.users.linkSsoSubject(m, created.id, claims.sub);
      await this.audit.record(m, {
        organizationId: orgId,
        actor: { type: 'user', id: created.id, label: name },
        action: 'user.create',
        entityType: 'user',
        entityId: created.id,
        after: { email, name, role, via: 'sso' },
      });
      return created.id;
    });
  }

  private async row(organizationId: string): Promise<ConfigRow | undefined> {
    const [row] = await this.db.query(`SELECT * FROM sso_configs WHERE organization_id = $1`, [organizationId]);
    return row;
  }

  /** The provider's metadata, fetched once per configuration and kept for ten minutes. */
  private discover(row: ConfigRow): Promise<oidc.Configuration> {
    const key = JSON.stringify([row.issuer, row.client_id, row.client_secret]);
    const hit = this.discovered.get(key);
    if (hit && Date.now() - hit.at < 600_000) return hit.config;
    const issuer = new URL(row.issuer);
    // Plain HTTP only for a provider on this machine (development and tests).
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    const config = oidc.discovery(issuer, row.client_id, { client_secret: row.client_secret }, oidc.ClientSecretPost(row.client_secret), {
      execute: issuer.protocol === 'http:' && loopback ? [oidc.allowInsecureRequests] : [],
    });
    config.catch(() => this.discovered.delete(key));
    this.discovered.set(key, { at: Date.now(), config });
    return config;
  }
}
