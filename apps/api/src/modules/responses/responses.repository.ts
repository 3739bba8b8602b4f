import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Declaration } from '@ses/api-types';
import { type GradeResult, RULES_VERSION } from '@ses/scoring';
import { modify } from '../../common/sql';
import { ResponseEntity } from './response.entity';
import { themeGradesOf } from './theme-grades';

/** The writes other modules make to a response (the portal's opening and submission). */
@Injectable()
export class ResponsesRepository {
  constructor(private readonly db: DataSource) {}

  get(id: string): Promise<ResponseEntity> {
    return this.db.getRepository(ResponseEntity).findOneByOrFail({ id });
  }

  /** The supplier's page was opened: the only thing that counts a response as opened. */
  async markOpened(id: string): Promise<void> {
    await this.db.query(`UPDATE responses SET status = 'opened', opened_at = now() WHERE id = $1 AND status = 'invited'`, [id]);
  }

  /**
   * Stores the submission with its grade, in the caller's transaction; false when the response
   * was already submitted (nothing changed). Carried-over answers count as confirmed from then on.
   */
  async submit(m: EntityManager, id: string, declaration: Declaration, result: GradeResult): Promise<boolean> {
    const { count } = await modify(
      m,
      `UPDATE responses SET status = 'submitted', submitted_at = now(), declaration = $2, result = $3, rules_version = $4,
         overall_grade = $5, overall_rate = $6, theme_grades = $7, version = version + 1, updated_at = now()
       WHERE id = $1 AND status <> 'submitted'`,
      [id, { ...declaration, signedAt: new Date().toISOString() }, result, RULES_VERSION, result.overall.grade, result.overall.rate, themeGradesOf(result)],
    );
    if (count === 0) return false;
    await m.query(`UPDATE response_answers SET needs_confirmation = false WHERE response_id = $1`, [id]);
    return true;
  }
}
