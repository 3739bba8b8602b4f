import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CommentRequest,
  CorrectiveActionDetail,
  CorrectiveActionList,
  CreateCorrectiveActionRequest,
  ReviewPlanRequest,
  UpdateCorrectiveActionRequest,
  VerifyRequest,
} from '@ses/api-types';
import { DEFAULT_CORRECTIVE_ACTION_DUE_DAYS, isOpenCorrectiveAction } from '@ses/api-types';
import type { QuestionnaireDefinition } from '@ses/questionnaire';
import type { GradeResult } from '@ses/scoring';
import type { AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { AttachmentsService } from '../responses/attachments.service';
import { readEffectiveGrades } from '../responses/effective-grades';
import { readGradeResult } from '../responses/grade-results';
import { today } from '../responses/response-status';
import type { ResponseEntity } from '../responses/response.entity';
import { ResponsesService } from '../responses/responses.service';
import { CorrectiveActionMailerService } from './corrective-action-mailer.service';
import { toDetail, toSummary } from './corrective-action.views';
import { type Actor, CorrectiveActionWorkflow, type StepName } from './corrective-action.workflow';
import { type ActionRow, type BoardFilter, CorrectiveActionsRepository, type NewAction } from './corrective-actions.repository';
import { modify } from '../../common/sql';
import { CAMPAIGNS } from '../campaigns/campaigns.sql';
import { USERS, userName } from '../users/users.sql';

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const badInput = (path: string, message: string) => new DomainError('VALIDATION_FAILED', `${path}: ${message}`, [{ path, message }]);

/** The buyer's side of corrective actions, and their automatic opening at submission. */
@Injectable()
export class CorrectiveActionsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: CorrectiveActionsRepository,
    private readonly workflow: CorrectiveActionWorkflow,
    private readonly mailer: CorrectiveActionMailerService,
    private readonly questionnaires: QuestionnairesService,
    private readonly attachments: AttachmentsService,
    private readonly responses: ResponsesService,
  ) {}

  /**
   * Opens one action per Z theme of a graded response, in the submission's transaction,
   * and sends the supplier one request for all of them. The owner is the campaign's
   * creator while they are still an admin or buyer. A resubmission after a reopening opens
   * nothing twice (unique index on automatic actions).
   */
  async openForZ(m: EntityManager, response: Pick<ResponseEntity, 'id' | 'organizationId' | 'campaignId' | 'supplierId'>, result: GradeResult, definition: QuestionnaireDefinition): Promise<ActionRow[]> {
    const zThemes = definition.themes.filter((t) => result.themes[t.key]?.grade === 'Z').map((t) => t.key);
    if (zThemes.length === 0) return [];
    const [creator]: { id: string }[] = await m.query(
      `SELECT u.id FROM ${CAMPAIGNS} c JOIN ${USERS} u ON u.id = c.created_by AND u.organization_id = c.organization_id AND u.role IN ('admin', 'buyer') WHERE c.id = $1`,
      [response.campaignId],
    );
    const dueDate = addDays(today(), DEFAULT_CORRECTIVE_ACTION_DUE_DAYS);
    const rows = await this.repo.insert(
      m,
      zThemes.map((theme) => ({ ...this.target(response), theme, failedPoints: result.themes[theme].criticalFailures, openedBy: 'auto', ownerId: creator?.id ?? null, dueDate })),
    );
    rows.sort((a, b) => zThemes.indexOf(a.theme) - zThemes.indexOf(b.theme));
    for (const row of rows) {
      await this.repo.addEvent(m, { actionId: row.id, kind: 'opened', side: 'system', actor: 'system', data: { reason: 'z', grade: 'Z' } });
      await this.workflow.record(m, row, null, 'corrective_action.open', undefined, { status: row.status, theme: row.theme, dueDate: row.due_date });
    }
    // The request tells the supplier its grade: it goes now only where the supplier sees
    // its grades on submission, else with the release of its feedback (mailReleased).
    const [campaign]: { grade_visibility: string }[] = await m.query(`SELECT grade_visibility FROM ${CAMPAIGNS} c WHERE c.id = $1`, [response.campaignId]);
    if (campaign?.grade_visibility === 'on_submit') await this.mailer.requested(m, rows, 'z', null);
    return rows;
  }

  /**
   * With the release of these responses' feedback: the requests for the actions opened at
   * grading, held back until now (a campaign showing grades on submission sent them then;
   * the outbox's dedupe key keeps them from going twice).
   */
  async mailReleased(m: EntityManager, responseIds: string[]): Promise<number> {
    const rows = await this.repo.autoOpenedFor(m, responseIds);
    let queued = 0;
    for (const id of new Set(rows.map((r) => r.response_id))) {
      queued += await this.mailer.requested(m, rows.filter((r) => r.response_id === id), 'z', null);
    }
    return queued;
  }

  /** By hand, for any graded theme (e.g. a D, or a Z whose action was closed). */
  async open(me: AuthUser, body: CreateCorrectiveActionRequest): Promise<CorrectiveActionDetail> {
    const response = await this.responses.find(me.organizationId, body.responseId);
    const result = response.status === 'submitted' ? await readGradeResult(this.db, response.id) : null;
    if (!result) throw new DomainError('NOT_SUBMITTED', 'a corrective action needs a submitted, graded response');
    const theme = result.themes[body.theme];
    if (!theme) throw badInput('theme', `the questionnaire has no theme "${body.theme}"`);
    const dueDate = body.dueDate ?? addDays(today(), DEFAULT_CORRECTIVE_ACTION_DUE_DAYS);
    if (dueDate < today()) throw badInput('dueDate', 'the due date is in the past');
    const id = await this.db.transaction(async (m) => {
      if (body.ownerId) await this.assertOwner(m, me.organizationId, body.ownerId);
      const failedPoints = theme.criticalFailures.length ? theme.criticalFailures : theme.lostPoints.map((l) => l.questionId);
      const action: NewAction = { ...this.target(response), theme: body.theme, failedPoints, openedBy: me.id, ownerId: body.ownerId ?? null, dueDate };
      const [row] = await this.repo.insert(m, [action]);
      if (!row) throw new DomainError('CORRECTIVE_ACTION_EXISTS', `an open corrective action for "${body.theme}" of this response already exists`);
      const actor = await this.actor(m, me);
      // The grade that counts when the action is opened (a buyer's override included).
      const grade = (await readEffectiveGrades(m, response.id))?.themes[body.theme]?.grade ?? theme.grade;
      await this.repo.addEvent(m, { actionId: row.id, kind: 'opened', side: 'buyer', actor: actor.name, comment: body.note, data: { reason: 'manual', grade } });
      await this.workflow.record(m, row, actor, 'corrective_action.open', undefined, { status: row.status, theme: row.theme, dueDate: row.due_date });
      await this.mailer.requested(m, [row], 'manual', body.note || null);
      return row.id;
    });
    return this.detail(me.organizationId, id);
  }

  async list(organizationId: string, q: Omit<BoardFilter, 'limit' | 'offset'> & { page: number; pageSize: number }): Promise<CorrectiveActionList> {
    const { page, pageSize, ...filter } = q;
    const [rows, total] = await this.repo.page(organizationId, { ...filter, limit: pageSize, offset: (page - 1) * pageSize }, today());
    const definitions = await this.definitions(rows.map((r) => r.questionnaire_version_id));
    return { items: rows.map((r) => toSummary(r, definitions.get(r.questionnaire_version_id)!)), total, page, pageSize };
  }

  async detail(organizationId: string, id: string): Promise<CorrectiveActionDetail> {
    const row = await this.repo.find({ organizationId }, id, today());
    if (!row) throw notFound('corrective action');
    const [{ definition }, evidence, events] = await Promise.all([
      this.questionnaires.publishedDefinition(row.questionnaire_version_id),
      this.attachments.list(row.response_id, row.id),
      this.repo.events([row.id]),
    ]);
    return toDetail(row, definition, evidence, events.get(row.id)!);
  }

  /** A new owner or due date while the action is open; the supplier hears of a new due date. */
  async update(me: AuthUser, id: string, patch: UpdateCorrectiveActionRequest): Promise<CorrectiveActionDetail> {
    await this.db.transaction(async (m) => {
      const scope = { organizationId: me.organizationId };
      const before = await this.workflow.lockInScope(m, scope, id);
      if (!isOpenCorrectiveAction(before.status)) {
        throw new DomainError('INVALID_TRANSITION', `the corrective action is ${before.status}: its owner and due date can no longer change`);
      }
      if (patch.ownerId) await this.assertOwner(m, me.organizationId, patch.ownerId);
      if (patch.dueDate && patch.dueDate !== before.due_date && patch.dueDate < today()) throw badInput('dueDate', 'the due date is in the past');
      const ownerId = patch.ownerId === undefined ? before.owner_id : patch.ownerId;
      const dueDate = patch.dueDate ?? before.due_date;
      if (ownerId === before.owner_id && dueDate === before.due_date) return;
      const {
        rows: [row],
      } = await modify<ActionRow>(
        m,
        `UPDATE corrective_actions SET owner_id = $2, due_date = $3, version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
        [id, ownerId, dueDate],
      );
      const actor = await this.actor(m, me);
      if (ownerId !== before.owner_id) {
        await this.repo.addEvent(m, { actionId: id, kind: 'owner_changed', side: 'buyer', actor: actor.name, data: { from: before.owner_id, to: ownerId } });
      }
      if (dueDate !== before.due_date) {
        const eventId = await this.repo.addEvent(m, { actionId: id, kind: 'due_date_changed', side: 'buyer', actor: actor.name, data: { from: before.due_date, to: dueDate } });
        await this.mailer.toSupplier(m, row, 'due_date_changed', null, eventId);
      }
      await this.workflow.record(m, row, actor, 'corrective_action.update', { ownerId: before.owner_id, dueDate: before.due_date }, { ownerId, dueDate });
    });
    return this.detail(me.organizationId, id);
  }

  review(me: AuthUser, id: string, body: ReviewPlanRequest) {
    return this.step(me, id, body.decision === 'approve' ? 'approve' : 'reject', body.comment ?? '');
  }

  verify(me: AuthUser, id: string, body: VerifyRequest) {
    return this.step(me, id, 'verify', body.comment ?? '');
  }

  escalate(me: AuthUser, id: string, body: CommentRequest) {
    return this.step(me, id, 'escalate', body.comment);
  }

  returnReport(me: AuthUser, id: string, body: CommentRequest) {
    return this.step(me, id, 'return_report', body.comment);
  }

  async message(me: AuthUser, id: string, body: CommentRequest): Promise<CorrectiveActionDetail> {
    await this.db.transaction(async (m) => this.workflow.message(m, { organizationId: me.organizationId }, id, await this.actor(m, me), body.comment));
    return this.detail(me.organizationId, id);
  }

  /** An evidence file of an action of the organisation. */
  async evidence(organizationId: string, id: string, attachmentId: string) {
    const [row]: { response_id: string }[] = await this.db.query(`SELECT response_id FROM corrective_actions WHERE id = $1 AND organization_id = $2`, [id, organizationId]);
    if (!row) throw notFound('corrective action');
    return this.attachments.read(row.response_id, attachmentId, id);
  }

  private async step(me: AuthUser, id: string, name: StepName, text: string): Promise<CorrectiveActionDetail> {
    await this.db.transaction(async (m) => this.workflow.step(m, { organizationId: me.organizationId }, id, name, await this.actor(m, me), text));
    return this.detail(me.organizationId, id);
  }

  private async actor(m: EntityManager, me: AuthUser): Promise<Actor> {
    const name = await userName(m, me.id);
    return { side: 'buyer', name, audit: { type: 'user', id: me.id, label: name } };
  }

  /** The owner acts on the action, so must be an admin or buyer of the organisation. */
  private async assertOwner(m: EntityManager, organizationId: string, userId: string): Promise<void> {
    const rows = await m.query(`SELECT 1 FROM ${USERS} users WHERE id = $1 AND organization_id = $2 AND role IN ('admin', 'buyer')`, [userId, organizationId]);
    if (rows.length === 0) throw badInput('ownerId', 'the owner must be an admin or buyer of your organisation');
  }

  private target(r: Pick<ResponseEntity, 'id' | 'organizationId' | 'campaignId' | 'supplierId'>) {
    return { organizationId: r.organizationId, campaignId: r.campaignId, responseId: r.id, supplierId: r.supplierId };
  }

  private async definitions(versionIds: string[]): Promise<Map<string, QuestionnaireDefinition>> {
    const ids = [...new Set(versionIds)];
    const loaded = await Promise.all(ids.map((v) => this.questionnaires.publishedDefinition(v)));
    return new Map(ids.map((v, i) => [v, loaded[i].definition]));
  }
}
