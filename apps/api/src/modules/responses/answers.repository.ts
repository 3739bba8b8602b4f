import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AnswerValue } from '@ses/questionnaire';
import { CAMPAIGNS } from '../campaigns/campaigns.sql';
import { QUESTIONNAIRE_VERSIONS } from '../questionnaires/questionnaires.sql';

export interface StoredAnswer {
  value: AnswerValue;
  comment?: string;
  needsConfirmation?: boolean;
}

/**
 * Answers are rows keyed by (response, question), read here and written in batched
 * statements — never a save() per answer. Autosave has its own writer (AutosaveWriter).
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
   * Starts each response of a campaign from its supplier's latest submitted answers to an
   * earlier version of the same questionnaire, marked for confirmation.
   */
  async carryOver(manager: EntityManager, campaignId: string, questionnaireId: string, questionIds: string[]): Promise<number> {
    await manager.query(
      `WITH prev AS (
         SELECT DISTINCT ON (r.supplier_id) r.supplier_id, r.id
         FROM responses r
         JOIN ${CAMPAIGNS} c ON c.id = r.campaign_id
         JOIN ${QUESTIONNAIRE_VERSIONS} v ON v.id = c.questionnaire_version_id
         WHERE r.status = 'submitted' AND v.questionnaire_id = $2 AND r.campaign_id <> $1
           AND r.organization_id = (SELECT organization_id FROM ${CAMPAIGNS} campaigns WHERE id = $1)
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
