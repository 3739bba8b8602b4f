import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { CreateUserRequest, Role, UpdateUserRequest, User } from '@ses/api-types';
import { DomainError, notFound } from '../../common/errors';
import { hashPassword } from '../auth/password';
import { type AuditActor, AuditService } from '../audit/audit.service';
import { changes, inTransaction } from '../audit/audit.util';
import { UserEntity } from './user.entity';

/** A TOTP second factor: a secret pending until `enabledAt`, and the last time step used. */
export interface SecondFactor {
  email: string;
  secret: string | null;
  enabledAt: Date | null;
  lastStep: number | null;
}

/** Something that ends with an account's deactivation, in the deactivation's transaction. */
export type DeactivationHook = (m: EntityManager, userId: string) => Promise<unknown>;

@Injectable()
export class UsersService {
  private readonly deactivationHooks: DeactivationHook[] = [];

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly audit: AuditService,
  ) {}

  /** Registered by the modules holding what a deactivated account must lose (its sessions). */
  onDeactivation(hook: DeactivationHook): void {
    this.deactivationHooks.push(hook);
  }

  list(organizationId: string): Promise<UserEntity[]> {
    return this.users.find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  /** For signing in: the user with this address (in any organisation) and its password hash. */
  withPasswordHash(email: string): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
  }

  /** For a session: its user, whichever organisation, or null once deleted. */
  find(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  async get(organizationId: string, id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ organizationId, id });
    if (!user) throw notFound('user');
    return user;
  }

  /** With `actor` (an admin adding a user, not a sign-up), audited in the same transaction. */
  async create(organizationId: string, input: CreateUserRequest, manager?: EntityManager, actor?: AuditActor): Promise<UserEntity> {
    if (actor) {
      return inTransaction(manager ?? this.users.manager, async (m) => {
        const user = await this.create(organizationId, input, m);
        await this.audit.record(m, { organizationId, actor, action: 'user.create', entityType: 'user', entityId: user.id, after: auditView(user) });
        return user;
      });
    }
    const m = manager ?? this.users.manager;
    if (await m.exists(UserEntity, { where: { email: input.email } })) {
      throw new DomainError('EMAIL_TAKEN', 'a user with this e-mail address already exists');
    }
    const user = m.create(UserEntity, {
      organizationId,
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    });
    return m.save(user);
  }

  async update(organizationId: string, id: string, input: UpdateUserRequest, actor?: AuditActor): Promise<UserEntity> {
    return this.users.manager.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user');
      const demoted = input.role && input.role !== 'admin';
      if (user.role === 'admin' && !user.deactivatedAt && (demoted || input.active === false)) {
        await this.assertAnotherAdmin(m, organizationId, id);
      }
      const before = changeView(user);
      const { active, ...fields } = input;
      Object.assign(user, fields);
      if (active !== undefined && active === !!user.deactivatedAt) {
        user.deactivatedAt = active ? null : new Date();
        // Deactivation ends every sign-in of the user at once, in the same transaction.
        if (!active) for (const hook of this.deactivationHooks) await hook(m, id);
      }
      const saved = await m.save(user);
      const diff = actor && changes(before, changeView(saved));
      if (diff) await this.audit.record(m, { organizationId, actor: actor!, action: 'user.update', entityType: 'user', entityId: id, ...diff });
      return saved;
    });
  }

  async remove(organizationId: string, id: string, actor?: AuditActor): Promise<void> {
    await this.users.manager.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user');
      if (user.role === 'admin') await this.assertAnotherAdmin(m, organizationId, id);
      await m.delete(UserEntity, { id });
      if (actor) await this.audit.record(m, { organizationId, actor, action: 'user.delete', entityType: 'user', entityId: id, before: auditView(user) });
    });
  }

  /** Ties the account to its single sign-on subject: it then signs in through the provider. */
  async linkSsoSubject(m: EntityManager, id: string, subject: string): Promise<void> {
    await m.query(`UPDATE users SET sso_subject = $2 WHERE id = $1`, [id, subject]);
  }

  /**
   * The account's second factor as kept on its row, for MfaService (which decides what it
   * means); `lock` holds the row until the transaction ends, so a code is used only once.
   */
  async secondFactor(m: EntityManager, id: string, lock = false): Promise<SecondFactor> {
    const [row] = await m.query(`SELECT email, totp_secret, totp_enabled_at, totp_last_step FROM users WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    if (!row) throw notFound('user');
    return { email: row.email, secret: row.totp_secret, enabledAt: row.totp_enabled_at, lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step) };
  }

  /** Changes the given parts of the second factor (`enabled: true` stamps the time now). */
  async setSecondFactor(m: EntityManager, id: string, change: { secret?: string | null; enabled?: boolean; lastStep?: number | null }): Promise<void> {
    const sets: string[] = [];
    const values: unknown[] = [id];
    const set = (column: string, value: unknown) => sets.push(`${column} = $${values.push(value)}`);
    if (change.secret !== undefined) set('totp_secret', change.secret);
    if (change.enabled !== undefined) sets.push(`totp_enabled_at = ${change.enabled ? 'now()' : 'NULL'}`);
    if (change.lastStep !== undefined) set('totp_last_step', change.lastStep);
    if (sets.length) await m.query(`UPDATE users SET ${sets.join(', ')} WHERE id = $1`, values);
  }

  /** An organisation always keeps one admin, or nobody could manage its users again. */
  private async assertAnotherAdmin(m: EntityManager, organizationId: string, exceptId: string) {
    const admins = await m
      .createQueryBuilder(UserEntity, 'u')
      .setLock('pessimistic_write')
      .where('u.organization_id = :organizationId AND u.role = :role AND u.id <> :exceptId AND u.deactivated_at IS NULL', {
        organizationId,
        role: 'admin' satisfies Role,
        exceptId,
      })
      .getMany();
    if (admins.length === 0) throw new DomainError('LAST_ADMIN', 'the organization needs at least one admin');
  }
}

/** A user as audit events show it; never the password. */
const auditView = (u: UserEntity) => ({ email: u.email, name: u.name, role: u.role });
/** Changes also show activation; only the changed fields are recorded. */
const changeView = (u: UserEntity) => ({ ...auditView(u), active: !u.deactivatedAt });

export function toUser(u: UserEntity): User {
  return { id: u.id, email: u.email, name: u.name, role: u.role, createdAt: u.createdAt.toISOString(), active: !u.deactivatedAt };
}
