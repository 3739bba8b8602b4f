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
   * A supplier re-assessed starts from its previous answers. Launch only records which
   * response those are (`previous_response_id`: the supplier's latest submitted response
   * to the same questionnaire in another campaign), per batch of responses, through the
   * supplier's index. The answers themselves are copied when the supplier first opens the
   * new response (`openAndCarry`): most suppliers of a large campaign open it days later or
   * never, and copying every previous answer at launch (millions of rows) held the launch
   * for minutes to write rows that nobody might read.
   */
  async linkPrevious(manager: EntityManager, campaignId: string, questionnaireId: string, responseIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE responses n SET previous_response_id = p.id
       FROM unnest($3::uuid[]) AS x(id)
       JOIN responses r ON r.id = x.id
       CROSS JOIN LATERAL (
         SELECT pr.id FROM responses pr
         JOIN ${CAMPAIGNS} c ON c.id = pr.campaign_id
         JOIN ${QUESTIONNAIRE_VERSIONS} v ON v.id = c.questionnaire_version_id
         WHERE pr.supplier_id = r.supplier_id AND pr.status = 'submitted' AND pr.campaign_id <> $1 AND v.questionnaire_id = $2
         ORDER BY pr.submitted_at DESC
         LIMIT 1
       ) p
       WHERE n.id = r.id AND n.campaign_id = $1 AND n.previous_response_id IS NULL`,
      [campaignId, questionnaireId, responseIds],
    );
  }

  /**
   * Counts a response as opened and, that first time only, copies its previous answers to
   * the questions the questionnaire still asks, marked for confirmation. One statement: two
   * pages opening at once cannot both copy. Returns the answers carried.
   */
  async openAndCarry(responseId: string, questionIds: string[]): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `WITH opened AS (
         UPDATE responses SET status = 'opened', opened_at = now() WHERE id = $1 AND status = 'invited'
         RETURNING previous_response_id
       ), carried AS (
         INSERT INTO response_answers (response_id, question_id, value, comment, needs_confirmation)
         SELECT $1, a.question_id, a.value, a.comment, true
         FROM opened o JOIN response_answers a ON a.response_id = o.previous_response_id
         WHERE a.question_id = ANY($2::text[])
         ON CONFLICT DO NOTHING RETURNING 1
       ) SELECT count(*)::int AS n FROM carried`,
      [responseId, questionIds],
    );
    return rows[0].n;
  }
}
