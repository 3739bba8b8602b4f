import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { toDataURL } from 'qrcode';
import { DataSource, type EntityManager } from 'typeorm';
import type { MfaStatus, TotpSetup } from '@ses/api-types';
import type { AuthUser } from '../../common/auth';
import { DomainError } from '../../common/errors';
import { hashToken } from '../../common/tokens';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit.util';
import { ORGANIZATIONS } from '../organizations/organizations.sql';
import { UsersService } from '../users/users.service';
import { USERS } from '../users/users.sql';

const PERIOD = 30;
const RECOVERY_CODES = 10;
const ISSUER = 'Supplier Engagement Survey';

/** Recovery codes read like `k7qm-3xv9-hw2c`: about 59 random bits, no look-alike characters. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
function recoveryCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}
const normalise = (code: string) => code.trim().toLowerCase().replace(/[\s-]/g, '');

/**
 * TOTP (RFC 6238, 30 s, 6 digits, SHA-1 as authenticator apps expect) for password
 * accounts. A code is accepted one step either side of now, and each time step only once.
 */
@Injectable()
export class MfaService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  async status(me: AuthUser): Promise<MfaStatus> {
    const [row] = await this.db.query(
      `SELECT u.totp_enabled_at IS NOT NULL AS enabled, (o.require_mfa AND u.sso_subject IS NULL) AS required,
         (SELECT count(*)::int FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS left
       FROM ${USERS} u JOIN ${ORGANIZATIONS} o ON o.id = u.organization_id WHERE u.id = $1`,
      [me.id],
    );
    return { totpEnabled: row.enabled, recoveryCodesLeft: row.left, requiredByOrganization: row.required };
  }

  /** A new secret, kept pending (not yet asked at login) until a code from it is confirmed. */
  async setup(me: AuthUser): Promise<TotpSetup> {
    const user = await this.users.secondFactor(this.db.manager, me.id);
    if (user.enabledAt) throw new DomainError('MFA_ALREADY_ENABLED', 'TOTP is already on; turn it off first to replace it');
    const secret = generateSecret();
    await this.users.setSecondFactor(this.db.manager, me.id, { secret });
    const otpauthUri = generateURI({ issuer: ISSUER, label: user.email, secret });
    return { secret, otpauthUri, qrDataUrl: await toDataURL(otpauthUri, { margin: 1, width: 240 }) };
  }

  /** Confirms the pending secret with a code; answers the recovery codes, shown this once. */
  async enable(me: AuthUser, code: string): Promise<{ recoveryCodes: string[] }> {
    return this.db.transaction(async (m) => {
      const user = await this.users.secondFactor(m, me.id, true);
      if (user.enabledAt) throw new DomainError('MFA_ALREADY_ENABLED', 'TOTP is already on');
      if (!user.secret) throw new DomainError('MFA_NOT_SET_UP', 'start the set-up first');
      await this.useCode(m, me.id, user.secret, user.lastStep, code);
      await this.users.setSecondFactor(m, me.id, { enabled: true });
      const recoveryCodes = await this.newRecoveryCodes(m, me.id);
      await this.audit.record(m, { organizationId: me.organizationId, actor: userActor(me), action: 'user.mfa_enable', entityType: 'user', entityId: me.id, after: { totp: true } });
      return { recoveryCodes };
    });
  }

  /** Turning TOTP off needs a current code, and is refused while the organisation requires it. */
  async disable(me: AuthUser, code: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const user = await this.users.secondFactor(m, me.id, true);
      if (!user.enabledAt) throw new DomainError('MFA_NOT_SET_UP', 'TOTP is not on');
      const [org] = await m.query(`SELECT require_mfa FROM ${ORGANIZATIONS} o WHERE o.id = $1`, [me.organizationId]);
      if (org.require_mfa) throw new DomainError('MFA_REQUIRED_BY_ORGANIZATION', 'the organisation requires a second factor');
      await this.useCode(m, me.id, user.secret!, user.lastStep, code);
      await this.users.setSecondFactor(m, me.id, { secret: null, enabled: false, lastStep: null });
      await m.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [me.id]);
      await this.audit.record(m, { organizationId: me.organizationId, actor: userActor(me), action: 'user.mfa_disable', entityType: 'user', entityId: me.id, after: { totp: false } });
    });
  }

  /**
   * The second step of a password login. Without TOTP on, nothing to do. Otherwise the
   * code (6 digits) or a recovery code must be valid; a recovery code works once.
   */
  async checkLogin(userId: string, code: string | undefined): Promise<void> {
    const user = await this.users.secondFactor(this.db.manager, userId);
    if (!user.enabledAt) return;
    if (!code) throw new DomainError('MFA_REQUIRED', 'enter the code from your authenticator app');
    await this.db.transaction(async (m) => {
      const locked = await this.users.secondFactor(m, userId, true);
      if (/^\d{6}$/.test(code.trim())) return this.useCode(m, userId, locked.secret!, locked.lastStep, code);
      const [[used]] = await m.query(
        `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
        [userId, hashToken(normalise(code))],
      );
      if (!used) throw new DomainError('INVALID_MFA_CODE', 'the code is wrong or has been used');
    });
  }

  private async useCode(m: EntityManager, userId: string, secret: string, lastStep: number | null, code: string): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    const result = await verify({ secret, token: code.trim(), epoch: now, period: PERIOD, epochTolerance: PERIOD });
    const step = result.valid ? Math.floor(now / PERIOD) + result.delta : -1;
    if (!result.valid || (lastStep !== null && step <= lastStep)) {
      throw new DomainError('INVALID_MFA_CODE', 'the code is wrong or has been used');
    }
    await this.users.setSecondFactor(m, userId, { lastStep: step });
  }

  private async newRecoveryCodes(m: EntityManager, userId: string): Promise<string[]> {
    await m.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
    for (const c of codes) await m.query(`INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)`, [userId, hashToken(normalise(c))]);
    return codes;
  }
}
