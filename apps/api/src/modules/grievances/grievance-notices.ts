import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GrievanceCategory } from '@ses/api-types';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { OutboxService } from '../mail/outbox.service';
import { grievanceMessageMail, grievanceReceivedMail } from '../mail/templates';
import { ORGANIZATIONS } from '../organizations/organizations.sql';
import { USERS } from '../users/users.sql';

export interface GrievanceNotice {
  organizationId: string;
  grievanceId: string;
  category: GrievanceCategory;
  /** `received` for a new report, or the id of the reporter's new message. */
  event: { kind: 'received' } | { kind: 'message'; messageId: string };
}

/** Tells the organisation's admins, in the caller's transaction, that a reporter did something. */
@Injectable()
export class GrievanceNotices {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  async notifyAdmins(m: EntityManager, n: GrievanceNotice): Promise<void> {
    const admins: { id: string; email: string; org_name: string }[] = await m.query(
      `SELECT u.id, u.email, o.name AS org_name FROM ${USERS} u JOIN ${ORGANIZATIONS} o ON o.id = u.organization_id
       WHERE u.organization_id = $1 AND u.role = 'admin' ORDER BY u.created_at`,
      [n.organizationId],
    );
    if (admins.length === 0) return;
    const params = {
      organizationName: admins[0].org_name,
      category: n.category,
      link: `${this.config.publicUrl}/grievances/${n.grievanceId}`,
    };
    const content = n.event.kind === 'received' ? grievanceReceivedMail(params) : grievanceMessageMail(params);
    const key = n.event.kind === 'received' ? `grievance:${n.grievanceId}` : `grievance-message:${n.event.messageId}`;
    await this.outbox.enqueueMany(
      m,
      admins.map((a) => ({
        organizationId: n.organizationId,
        dedupeKey: `${key}:${a.id}`,
        kind: n.event.kind === 'received' ? 'grievance_received' : 'grievance_message',
        to: a.email,
        ...content,
      })),
    );
  }
}
