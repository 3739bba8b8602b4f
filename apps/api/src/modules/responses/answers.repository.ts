import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { prepared } from '../../common/sql';
import type { Answer, AnswerValue } from '@ses/questionnaire';

/** Who saves, for the audit log: the supplier, and its label (its name and the e-mail of the link used). */
export interface SaveAudit {
  organizationId: string;
  supplierId: string;
  label: string;
}

/** The saved answers as the audit log shows them: null for an answer cleared. */
function auditedAfter(answers: Record<string, Answer>): Record<string, { value: unknown; comment?: string } | null> {
  const out: Record<string, { value: unknown; comment?: string } | null> = {};
  for (const [id, a] of Object.entries(answers)) {
    out[id] = a.value === null && !a.comment ? null : { value: a.value, ...(a.comment ? { comment: a.comment } : {}) };
  }
  return out;
}

/**
 * The autosave statement; its parameters are listed in saveVersioned. The supplier's label
 * comes from the caller (a lookup here cost a sixth of the statement's time). The before values
 * are read with one index scan over the saved questions (ANY) — per-question subqueries
 * made PostgreSQL choose a scan of the whole table for the prepared statement — on top of
 * a null for each, so that a question answered for the first time shows null.
 */
const AUTOSAVE = `
  WITH bumped AS (
    UPDATE responses r SET version = r.version + 1, updated_at = now(),
      status = CASE WHEN r.status IN ('invited', 'opened') THEN 'in_progress' ELSE r.status END,
      opened_at = coalesce(r.opened_at, now())
    FROM campaigns c
    WHERE r.id = $1 AND r.version = $2 AND r.status <> 'submitted'
      AND c.id = r.campaign_id AND c.status = 'active' AND now() < c.due_date + make_interval(days => $8)
      AND EXISTS (SELECT 1 FROM response_tokens t WHERE t.token_hash = $7 AND t.response_id = r.id AND t.revoked_at IS NULL)
    RETURNING r.version
  ), upserted AS (
    INSERT INTO response_answers (response_id, question_id, value, comment, needs_confirmation, updated_at)
    SELECT $1, q, v, c, false, now() FROM unnest($3::text[], $4::jsonb[], $5::text[]) AS t(q, v, c)
    WHERE EXISTS (SELECT 1 FROM bumped)
    ON CONFLICT (response_id, question_id)
    DO UPDATE SET value = EXCLUDED.value, comment = EXCLUDED.comment, needs_confirmation = false, updated_at = now()
    RETURNING 1
  ), removed AS (
    DELETE FROM response_answers WHERE response_id = $1 AND question_id = ANY($6) AND EXISTS (SELECT 1 FROM bumped)
    RETURNING 1
  ), audited AS (
    -- Reads the answers as they were: every part of one statement sees the same snapshot.
    INSERT INTO audit_pending (organization_id, occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id, before, after)
    SELECT $9::uuid, date_trunc('milliseconds', now()), 'supplier', $10, $11, 'response.answers_saved', 'response', $1::uuid::text,
      (SELECT jsonb_object_agg(q, NULL::jsonb) FROM unnest($12::text[]) AS q)
        || coalesce((SELECT jsonb_object_agg(a.question_id, CASE WHEN a.comment IS NULL THEN jsonb_build_object('value', a.value)
                                                              ELSE jsonb_build_object('value', a.value, 'comment', a.comment) END)
                     FROM response_answers a WHERE a.response_id = $1 AND a.question_id = ANY($12::text[])), '{}'),
      $13::jsonb
    FROM bumped
    RETURNING 1
  )
  SELECT version FROM bumped`;

export interface StoredAnswer {
  value: AnswerValue;
  comment?: string;
  needsConfirmation?: boolean;
}

/**
 * Answers are rows keyed by (response, question). Writes are one batched statement per
 * save — never a save() per answer — inside the caller's transaction.
 */
@Injectable()
export class AnswersRepository {
  constructor(private readonly db: DataSource) {}

  async load(responseId: string, manager: EntityManager = this.db.manager): Promise<Record<string, StoredAnswer>> {
    const rows: { question_id: string; value: AnswerValue; comment: string | null; needs_confirmation: boolean }[] = await manager.query(
      `SELECT question_id, value, comment, needs_confirmation FROM response_answers WHERE response_id = $1`,
      [responseId],
    );
    const out: Record<string, StoredAnswer> = {};
    for (const r of rows) {
      out[r.question_id] = {
        value: r.value,
        ...(r.comment ? { comment: r.comment } : {}),
        ...(r.needs_confirmation ? { needsConfirmation: true } : {}),
      };
    }
    return out;
  }

  /**
   * An autosave in ONE statement (no BEGIN/COMMIT round trips): the link still valid, the
   * response open and at `version`, the campaign running — then the version bump and the
   * merge of the answers. Returns the new version, or null when any check failed.
   * The audit event (the saved questions' values before and after) is one more INSERT in
   * the same statement, into `audit_pending`: AuditService.seal chains it shortly after, so
   * that saves never wait for one another.
   */
  async saveVersioned(
    link: { responseId: string; tokenHash: Buffer; graceDays: number },
    version: number,
    answers: Record<string, Answer>,
    audit: SaveAudit,
  ): Promise<number | null> {
    const upsert = Object.entries(answers).filter(([, a]) => a.value !== null || a.comment);
    const remove = Object.entries(answers).filter(([, a]) => a.value === null && !a.comment).map(([id]) => id);
    const rows = await prepared<{ version: number }>(this.db, 'autosave', AUTOSAVE, [
      link.responseId,
      version,
      upsert.map(([id]) => id),
      upsert.map(([, a]) => JSON.stringify(a.value)),
      upsert.map(([, a]) => a.comment ?? null),
      remove,
      link.tokenHash,
      link.graceDays,
      audit.organizationId,
      audit.supplierId,
      audit.label,
      Object.keys(answers),
      JSON.stringify(auditedAfter(answers)),
    ]);
    return rows[0]?.version ?? null;
  }

  /**
   * Starts each response of a campaign from its supplier's latest submitted answers to an
   * earlier version of the same questionnaire, marked for confirmation.
   */
  async carryOver(manager: EntityManager, campaignId: string, questionnaireId: string, questionIds: string[]): Promise<number> {
    await manager.query(
      `WITH prev AS (
         SELECT DISTINCT ON (r.supplier_id) r.supplier_id, r.id
         FROM responses r
         JOIN campaigns c ON c.id = r.campaign_id
         JOIN questionnaire_versions v ON v.id = c.questionnaire_version_id
         WHERE r.status = 'submitted' AND v.questionnaire_id = $2 AND r.campaign_id <> $1
           AND r.organization_id = (SELECT organization_id FROM campaigns WHERE id = $1)
         ORDER BY r.supplier_id, r.submitted_at DESC
       )
       UPDATE responses n SET previous_response_id = prev.id
       FROM prev WHERE n.campaign_id = $1 AND n.supplier_id = prev.supplier_id AND n.previous_response_id IS NULL`,
      [campaignId, questionnaireId],
    );
    const rows: { n: number }[] = await manager.query(
      `WITH ins AS (
         INSERT INTO response_answers (response_id, question_id, value, comment, needs_confirmation)
         SELECT n.id, a.question_id, a.value, a.comment, true
         FROM responses n JOIN response_answers a ON a.response_id = n.previous_response_id
         WHERE n.campaign_id = $1 AND a.question_id = ANY($2)
         ON CONFLICT DO NOTHING RETURNING 1
       ) SELECT count(*)::int AS n FROM ins`,
      [campaignId, questionIds],
    );
    return rows[0].n;
  }
}
