import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Override, OverrideRequest } from '@ses/api-types';
import type { AuthUser } from '../../common/auth';
import { DomainError } from '../../common/errors';
import { AuditService } from '../audit/audit.service';
import { readGradeResult } from '../responses/grade-results';
import { recordResponseEvent, responseHistory } from '../responses/response-events';
import { ResponsesService } from '../responses/responses.service';
import { modify } from '../../common/sql';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { userName } from '../users/users.sql';

interface OverrideRow {
  id: string;
  theme: string | null;
  grade: Override['grade'];
  computed_grade: Override['computedGrade'];
  reason: string;
  created_by_name: string;
  created_at: Date;
  withdrawn_at: Date | null;
}

/**
 * A buyer may set a theme's or the overall grade by hand with a written reason; the
 * computed grade stays stored and visible, and every override and withdrawal is recorded
 * in the response's history.
 */
@Injectable()
export class OverridesService {
  constructor(
    private readonly db: DataSource,
    private readonly responses: ResponsesService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  async override(me: AuthUser, responseId: string, input: OverrideRequest): Promise<Override[]> {
    const response = await this.responses.find(me.organizationId, responseId);
    const result = response.status === 'submitted' ? await readGradeResult(this.db, response.id) : null;
    if (!result) {
      throw new DomainError('NOT_SUBMITTED', 'only a submitted, graded response can have its grade overridden');
    }
    const theme = input.theme ?? null;
    const computed = theme ? result.themes[theme]?.grade : result.overall.grade;
    if (theme && !computed) throw new DomainError('VALIDATION_FAILED', `theme: the questionnaire has no theme "${theme}"`, [{ path: 'theme', message: 'unknown theme' }]);
    await this.db.transaction(async (m) => {
      const name = await userName(m, me.id);
      const previous = await this.standingGrade(m, responseId, theme);
      await this.withdrawStanding(m, responseId, theme);
      await m.query(
        `INSERT INTO response_overrides (organization_id, response_id, theme, grade, computed_grade, reason, created_by, created_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [me.organizationId, responseId, theme, input.grade, computed, input.reason, me.id, name],
      );
      await recordResponseEvent(m, { organizationId: me.organizationId, responseId, kind: 'override', actor: name, data: { theme, grade: input.grade, computedGrade: computed, reason: input.reason } });
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: { type: 'user', id: me.id, label: name },
        action: 'response.override',
        entityType: 'response',
        entityId: responseId,
        before: { theme, grade: previous ?? computed, overridden: previous !== null },
        after: { theme, grade: input.grade, computedGrade: computed, reason: input.reason, overridden: true },
      });
      await this.webhooks.responseRegraded(m, responseId);
    });
    return this.list(me.organizationId, responseId);
  }

  async withdraw(me: AuthUser, responseId: string, theme: string | null): Promise<Override[]> {
    await this.responses.find(me.organizationId, responseId);
    await this.db.transaction(async (m) => {
      const previous = await this.standingGrade(m, responseId, theme);
      const n = await this.withdrawStanding(m, responseId, theme);
      if (n === 0) throw new DomainError('NOT_FOUND', 'there is no override to withdraw');
      const name = await userName(m, me.id);
      await recordResponseEvent(m, { organizationId: me.organizationId, responseId, kind: 'override_withdrawn', actor: name, data: { theme } });
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: { type: 'user', id: me.id, label: name },
        action: 'response.override_withdraw',
        entityType: 'response',
        entityId: responseId,
        before: { theme, grade: previous, overridden: true },
        after: { theme, overridden: false },
      });
      await this.webhooks.responseRegraded(m, responseId);
    });
    return this.list(me.organizationId, responseId);
  }

  /** 404 for a response outside the organisation, as for every other read of a response. */
  async list(organizationId: string, responseId: string): Promise<Override[]> {
    // Another organisation's response is not found, as on the sibling routes.
    await this.responses.find(organizationId, responseId);
    const rows: OverrideRow[] = await this.db.query(
      `SELECT * FROM response_overrides WHERE response_id = $1 AND organization_id = $2 ORDER BY created_at`,
      [responseId, organizationId],
    );
    return rows.map((r) => ({
      id: r.id,
      theme: r.theme,
      grade: r.grade,
      computedGrade: r.computed_grade,
      reason: r.reason,
      createdBy: r.created_by_name,
      createdAt: r.created_at.toISOString(),
      withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
    }));
  }

  async history(organizationId: string, responseId: string) {
    await this.responses.find(organizationId, responseId);
    return responseHistory(this.db.manager, responseId);
  }

  /** The grade of the standing override of a theme (null: the overall grade), if any; locked until commit. */
  private async standingGrade(m: EntityManager, responseId: string, theme: string | null): Promise<string | null> {
    const [row] = await m.query(
      `SELECT grade FROM response_overrides WHERE response_id = $1 AND theme IS NOT DISTINCT FROM $2 AND withdrawn_at IS NULL FOR UPDATE`,
      [responseId, theme],
    );
    return row?.grade ?? null;
  }

  private async withdrawStanding(m: EntityManager, responseId: string, theme: string | null): Promise<number> {
    const { count } = await modify(
      m,
      `UPDATE response_overrides SET withdrawn_at = now() WHERE response_id = $1 AND theme IS NOT DISTINCT FROM $2 AND withdrawn_at IS NULL`,
      [responseId, theme],
    );
    return count;
  }
}
