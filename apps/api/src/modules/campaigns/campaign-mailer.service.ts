import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '@ses/questionnaire';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { OutboxService } from '../mail/outbox.service';
import { feedbackMail, invitationMail, reminderMail } from '../mail/templates';
import { ResponseLinksService } from '../responses/response-links.service';
import type { CampaignEntity } from './campaign.entity';
import { ORGANIZATIONS } from '../organizations/organizations.sql';
import { RESPONSES } from '../responses/responses.sql';
import { SUPPLIERS, SUPPLIER_CONTACTS } from '../suppliers/suppliers.sql';

interface Recipient {
  response_id: string;
  depth: 'core' | 'extended';
  supplier_name: string;
  contact_id: string;
  contact_name: string;
  email: string;
  language: Language;
}

export type CampaignMailKind =
  | { kind: 'invitation'; key?: string }
  | { kind: 'feedback' }
  | { kind: 'reminder'; key: string; overdue: boolean; daysLeft: number };

/**
 * Invitations and reminders: one message per supplier contact, each with a fresh personal
 * link, queued in the caller's transaction. The dedupe key makes a repeated run a no-op.
 */
@Injectable()
export class CampaignMailerService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly links: ResponseLinksService,
  ) {}

  async queue(m: EntityManager, campaign: CampaignEntity, what: CampaignMailKind, responseIds?: string[]): Promise<number> {
    const recipients: Recipient[] = await m.query(
      `SELECT r.id AS response_id, r.depth, s.name AS supplier_name, sc.id AS contact_id, sc.name AS contact_name, sc.email, sc.language
       FROM ${RESPONSES} r
       JOIN ${SUPPLIERS} s ON s.id = r.supplier_id
       JOIN ${SUPPLIER_CONTACTS} sc ON sc.supplier_id = s.id
       WHERE r.campaign_id = $1 AND (r.status = 'submitted') = $3 AND ($2::uuid[] IS NULL OR r.id = ANY($2))
       ORDER BY r.id, sc.position`,
      [campaign.id, responseIds ?? null, what.kind === 'feedback'],
    );
    if (recipients.length === 0) return 0;
    const [{ name: organizationName }] = await m.query(`SELECT name FROM ${ORGANIZATIONS} organizations WHERE id = $1`, [campaign.organizationId]);
    const tokens = await this.links.issue(
      m,
      recipients.map((r) => ({ responseId: r.response_id, contactId: r.contact_id, email: r.email, language: r.language })),
    );
    const mails = recipients.map((r, i) => {
      const common = {
        lang: r.language,
        organizationName,
        campaignName: campaign.name,
        supplierName: r.supplier_name,
        contactName: r.contact_name,
        dueDate: campaign.dueDate,
        link: `${this.config.publicUrl}/s/${tokens[i]}`,
      };
      const content =
        what.kind === 'invitation'
          ? invitationMail({ ...common, extended: r.depth === 'extended' })
          : what.kind === 'feedback'
            ? feedbackMail(common)
            : reminderMail({ ...common, daysLeft: what.daysLeft, overdue: what.overdue });
      const key =
        what.kind === 'invitation' ? (what.key ? `invite:${what.key}` : 'invite') : what.kind === 'feedback' ? 'feedback' : `remind:${what.key}`;
      return {
        organizationId: campaign.organizationId,
        dedupeKey: `${key}:${r.response_id}:${r.contact_id}`,
        kind: what.kind,
        to: r.email,
        ...content,
        campaignId: campaign.id,
        responseId: r.response_id,
      };
    });
    const results = await this.outbox.enqueueMany(m, mails);
    return results.filter((r) => !r.duplicate).length;
  }

  /** The invitation as a supplier contact would receive it, with a sample link. */
  preview(campaign: CampaignEntity, organizationName: string, lang: Language) {
    return invitationMail({
      lang,
      organizationName,
      campaignName: campaign.name,
      supplierName: lang === 'ja' ? '株式会社サンプル' : 'Sample Supplier Ltd.',
      contactName: lang === 'ja' ? '山田 花子' : 'Alex Smith',
      dueDate: campaign.dueDate,
      link: `${this.config.publicUrl}/s/${'x'.repeat(43)}`,
      extended: false,
    });
  }
}
