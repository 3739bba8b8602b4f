import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import type { Session } from '@ses/api-types';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/errors';
import { UsersService } from '../users/users.service';
import { SessionEntity } from './session.entity';

/** A person's own sign-ins: listed, and revoked one by one. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    users: UsersService,
  ) {
    // A deactivated account is signed out everywhere at once.
    users.onDeactivation((m, userId) => m.delete(SessionEntity, { userId }));
  }

  async list(me: AuthUser): Promise<Session[]> {
    const rows = await this.db.getRepository(SessionEntity).find({
      where: { userId: me.id, expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      userAgent: s.userAgent,
      current: s.id === me.sessionId,
    }));
  }

  /** Only the caller's own sessions; anybody else's answers 404 like a missing one. */
  async revoke(me: AuthUser, id: string): Promise<void> {
    const { affected } = await this.db.getRepository(SessionEntity).delete({ id, userId: me.id });
    if (!affected) throw notFound('session');
  }
}
