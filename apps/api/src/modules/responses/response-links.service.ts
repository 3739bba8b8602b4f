import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language } from '@ses/questionnaire';
import { hashToken, newToken } from '../../common/tokens';
import { modify } from '../../common/sql';
import { CAMPAIGNS } from '../campaigns/campaigns.sql';
import { SUPPLIERS, SUPPLIER_CONTACTS } from '../suppliers/suppliers.sql';
import { latestOpenActionDue } from '../corrective-actions/corrective-actions.sql';

/** Links stay valid this long after the due date, for late answers and the feedback sheet. */
export const LINK_GRACE_DAYS = 120;

export interface LinkTarget {
  responseId: string;
  contactId: string | null;
  email: string;
  language: Language;
}

export interface PortalContext {
  tokenId: string;
  responseId: string;
  organizationId: string;
  campaignId: string;
  supplierId: string;
  supplierName: string;
  contactName: string;
  contactEmail: string;
  language: Language;
  /** The response and campaign as they were when the link was resolved. */
  depth: 'core' | 'extended';
  responseStatus: 'invited' | 'opened' | 'in_progress' | 'submitted';
  version: number;
  campaignStatus: 'draft' | 'active' | 'closed';
  questionnaireVersionId: string;
}

/**
 * Personal links: 256-bit random tokens stored only as SHA-256. Every e-mail carries a
 * fresh token (so a reminder need not know the old one); all of a response's tokens stay
 * valid until revoked or until the campaign's due date (or the later due date of an open
 * corrective action of the response) plus the grace period.
 */
@Injectable()
export class ResponseLinksService {
  constructor(private readonly db: DataSource) {}

  /** Issues one token per target, in order, in the caller's transaction. */
  async issue(manager: EntityManager, targets: LinkTarget[]): Promise<string[]> {
    const tokens = targets.map(() => newToken());
    for (let i = 0; i < targets.length; i += 5000) {
      const chunk = targets.slice(i, i + 5000);
      await manager.query(
        `INSERT INTO response_tokens (response_id, contact_id, email, language, token_hash)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::bytea[])`,
        [
          chunk.map((t) => t.responseId),
          chunk.map((t) => t.contactId),
          chunk.map((t) => t.email),
          chunk.map((t) => t.language),
          tokens.slice(i, i + 5000).map(hashToken),
        ],
      );
    }
    return tokens;
  }

  /** The context of a valid token, or null for an unknown, revoked or expired one. */
  async resolve(token: string): Promise<PortalContext | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const rows: PortalContext[] = await this.db.query(
      `SELECT t.id AS "tokenId", r.id AS "responseId", r.organization_id AS "organizationId", r.campaign_id AS "campaignId",
              r.supplier_id AS "supplierId", s.name AS "supplierName", coalesce(sc.name, '') AS "contactName", t.email AS "contactEmail", t.language,
              r.depth, r.status AS "responseStatus", r.version, c.status AS "campaignStatus",
              c.questionnaire_version_id AS "questionnaireVersionId"
       FROM response_tokens t
       JOIN responses r ON r.id = t.response_id
       JOIN ${CAMPAIGNS} c ON c.id = r.campaign_id
       JOIN ${SUPPLIERS} s ON s.id = r.supplier_id
       LEFT JOIN ${SUPPLIER_CONTACTS} sc ON sc.id = t.contact_id
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND c.status <> 'draft'
         -- An open corrective action with a later due date keeps the response's links alive with it.
         AND now() < greatest(c.due_date, ${latestOpenActionDue('r.id')}) + make_interval(days => $2)`,
      [hashToken(token), LINK_GRACE_DAYS],
    );
    return rows[0] ?? null;
  }

  async revokeAll(responseId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const { count } = await modify(
      manager,
      `UPDATE response_tokens SET revoked_at = now() WHERE response_id = $1 AND revoked_at IS NULL`,
      [responseId],
    );
    return count;
  }
}
