import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Language, localize } from '@ses/questionnaire';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { OutboxMail } from '../mail/outbox.service';
import { OutboxService } from '../mail/outbox.service';
import {
  type MailContent,
  type SupplierNoticeStep,
  correctiveActionNoticeMail,
  correctiveActionReminderMail,
  correctiveActionRequestedMail,
  correctiveActionUpdateMail,
} from '../mail/templates';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { ResponseLinksService } from '../responses/response-links.service';
import type { ActionRow } from './corrective-actions.repository';
import { themeTitle } from './corrective-action.views';
import { CAMPAIGNS } from '../campaigns/campaigns.sql';
import { ORGANIZATIONS } from '../organizations/organizations.sql';
import { SUPPLIERS, SUPPLIER_CONTACTS } from '../suppliers/suppliers.sql';
import { USERS } from '../users/users.sql';

interface Contact {
  id: string;
  name: string;
  email: string;
  language: Language;
}

interface SupplierMailBase {
  lang: Language;
  organizationName: string;
  campaignName: string;
  supplierName: string;
  contactName: string;
  dueDate: string;
  link: string;
}

/**
 * Every corrective-action e-mail, queued through the outbox in the caller's transaction.
 * Buyer steps go to the supplier's contacts, each in its language with a fresh personal
 * link to the action's response; supplier steps go to the action's owner, or to the
 * organisation's admins and buyers when it has none. Dedupe keys name the event, so a
 * retried step never mails twice.
 */
@Injectable()
export class CorrectiveActionMailerService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly links: ResponseLinksService,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  /** The request for one or more actions of one response (all Z themes of a submission at once). */
  async requested(m: EntityManager, actions: ActionRow[], reason: 'z' | 'manual', note: string | null): Promise<number> {
    if (actions.length === 0) return 0;
    const first = actions[0];
    const due = actions.map((a) => a.due_date).sort()[0];
    const c = await this.context(m, first);
    return this.toContacts(m, first, c, `ca-requested:${first.id}`, (base) =>
      correctiveActionRequestedMail({
        ...base,
        dueDate: due,
        themes: actions.map((a) => localize(themeTitle(c.definition, a.theme), base.lang)),
        reason,
        note,
      }),
    );
  }

  /** A buyer's step, told to the supplier. */
  async toSupplier(m: EntityManager, action: ActionRow, step: SupplierNoticeStep, comment: string | null, eventId: string): Promise<number> {
    const c = await this.context(m, action);
    return this.toContacts(m, action, c, `ca:${eventId}`, (base) =>
      correctiveActionUpdateMail({ ...base, step, theme: localize(themeTitle(c.definition, action.theme), base.lang), comment }),
    );
  }

  async reminder(m: EntityManager, action: ActionRow, key: string, daysLeft: number): Promise<number> {
    const c = await this.context(m, action);
    const awaiting = action.status === 'plan_approved' ? 'report' : 'plan';
    return this.toContacts(m, action, c, `ca-remind:${action.id}:${key}`, (base) =>
      correctiveActionReminderMail({ ...base, theme: localize(themeTitle(c.definition, action.theme), base.lang), awaiting, daysLeft, overdue: daysLeft < 0 }),
    );
  }

  /** A supplier's step, told to the owner or, without one, to every admin and buyer. */
  async toBuyers(m: EntityManager, action: ActionRow, step: 'plan_submitted' | 'implemented' | 'message', excerpt: string, eventId: string): Promise<number> {
    const c = await this.context(m, action);
    const users: { id: string; name: string; email: string }[] = await m.query(
      // An owner who can no longer act (now a viewer) counts as none.
      `WITH eligible AS (SELECT id, name, email, created_at FROM ${USERS} users WHERE organization_id = $1 AND role IN ('admin', 'buyer'))
       SELECT id, name, email FROM eligible
       WHERE id = $2::uuid OR NOT EXISTS (SELECT 1 FROM eligible WHERE id = $2::uuid)
       ORDER BY created_at`,
      [action.organization_id, action.owner_id],
    );
    const mails = users.map(
      (u): OutboxMail => ({
        organizationId: action.organization_id,
        dedupeKey: `ca:${eventId}:${u.id}`,
        kind: 'corrective_action',
        to: u.email,
        ...correctiveActionNoticeMail({
          organizationName: c.organizationName,
          userName: u.name,
          supplierName: c.supplierName,
          campaignName: c.campaignName,
          theme: themeTitle(c.definition, action.theme),
          step,
          excerpt,
          link: `${this.config.publicUrl}/corrective-actions/${action.id}`,
        }),
        campaignId: action.campaign_id,
        responseId: action.response_id,
      }),
    );
    const queued = await this.outbox.enqueueMany(m, mails);
    return queued.filter((q) => !q.duplicate).length;
  }

  private async toContacts(
    m: EntityManager,
    action: ActionRow,
    c: Awaited<ReturnType<CorrectiveActionMailerService['context']>>,
    key: string,
    content: (base: SupplierMailBase) => MailContent,
  ): Promise<number> {
    const contacts: Contact[] = await m.query(
      `SELECT id, name, email, language FROM ${SUPPLIER_CONTACTS} supplier_contacts WHERE supplier_id = $1 ORDER BY position, id`,
      [action.supplier_id],
    );
    if (contacts.length === 0) return 0;
    const tokens = await this.links.issue(
      m,
      contacts.map((x) => ({ responseId: action.response_id, contactId: x.id, email: x.email, language: x.language })),
    );
    const mails = contacts.map(
      (x, i): OutboxMail => ({
        organizationId: action.organization_id,
        dedupeKey: `${key}:${x.id}`,
        kind: 'corrective_action',
        to: x.email,
        ...content({
          lang: x.language,
          organizationName: c.organizationName,
          campaignName: c.campaignName,
          supplierName: c.supplierName,
          contactName: x.name,
          dueDate: action.due_date,
          link: `${this.config.publicUrl}/s/${tokens[i]}`,
        }),
        campaignId: action.campaign_id,
        responseId: action.response_id,
      }),
    );
    const queued = await this.outbox.enqueueMany(m, mails);
    return queued.filter((q) => !q.duplicate).length;
  }

  private async context(m: EntityManager, action: ActionRow) {
    const [row]: { organization_name: string; campaign_name: string; version_id: string; supplier_name: string }[] = await m.query(
      `SELECT o.name AS organization_name, c.name AS campaign_name, c.questionnaire_version_id AS version_id, s.name AS supplier_name
       FROM ${CAMPAIGNS} c JOIN ${ORGANIZATIONS} o ON o.id = c.organization_id JOIN ${SUPPLIERS} s ON s.id = $2
       WHERE c.id = $1`,
      [action.campaign_id, action.supplier_id],
    );
    const { definition } = await this.questionnaires.publishedDefinition(row.version_id);
    return { organizationName: row.organization_name, campaignName: row.campaign_name, supplierName: row.supplier_name, definition };
  }
}
