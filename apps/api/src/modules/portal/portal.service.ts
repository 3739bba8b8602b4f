import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Declaration, PortalResponse, SaveAnswersRequest } from '@ses/api-types';
import { type Answers, type QuestionnaireDefinition, definitionForDepth, progress, questionsInScope, validateAnswers } from '@ses/questionnaire';
import { RULES_VERSION, grade } from '@ses/scoring';
import { DomainError, notFound } from '../../common/errors';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { QuestionnairesService } from '../questionnaires/questionnaires.service';
import { AnswersRepository } from '../responses/answers.repository';
import { AutosaveWriter } from '../responses/autosave.writer';
import { AttachmentsService } from '../responses/attachments.service';
import { type PortalContext, ResponseLinksService } from '../responses/response-links.service';
import { hashToken } from '../../common/tokens';
import { recordResponseEvent } from '../responses/response-events';
import { readGradeResult } from '../responses/grade-results';
import { AuditService } from '../audit/audit.service';
import { supplierActor } from '../audit/audit.util';
import type { ResponseEntity } from '../responses/response.entity';
import { ResponsesRepository } from '../responses/responses.repository';
import { CorrectiveActionsService } from '../corrective-actions/corrective-actions.service';
import { publicStatus } from '../responses/response-status';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { ORGANIZATIONS } from '../organizations/organizations.sql';
import { SUPPLIERS } from '../suppliers/suppliers.sql';

/** How long a link's save context is reused; the supplier's name in the audit log is at most this stale. */
const SAVE_CONTEXT_TTL_MS = 60_000;

const asked = new WeakMap<QuestionnaireDefinition, Partial<Record<'core' | 'extended', QuestionnaireDefinition>>>();
/** The questions of one depth, computed once per cached definition. */
function askedAt(definition: QuestionnaireDefinition, depth: 'core' | 'extended'): QuestionnaireDefinition {
  let byDepth = asked.get(definition);
  if (!byDepth) asked.set(definition, (byDepth = {}));
  return (byDepth[depth] ??= definitionForDepth(definition, depth));
}

/** What a supplier can do with its personal link (DESIGN §5 Supplier portal). */
@Injectable()
export class PortalService {
  constructor(
    private readonly db: DataSource,
    private readonly links: ResponseLinksService,
    private readonly answers: AnswersRepository,
    private readonly autosave: AutosaveWriter,
    private readonly questionnaires: QuestionnairesService,
    private readonly attachments: AttachmentsService,
    private readonly audit: AuditService,
    private readonly correctiveActions: CorrectiveActionsService,
    private readonly campaigns: CampaignsService,
    private readonly responses: ResponsesRepository,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /** Unknown, revoked and expired links all look the same: 404. */
  async context(token: string): Promise<PortalContext> {
    const ctx = await this.links.resolve(token);
    if (!ctx) throw notFound('link');
    return ctx;
  }

  /** The page's own call: the only thing that counts a response as opened (link scanners only GET /s/…). */
  async open(token: string): Promise<PortalResponse> {
    const ctx = await this.context(token);
    const { definition } = await this.questionnaires.publishedDefinition(ctx.questionnaireVersionId);
    await this.answers.openAndCarry(ctx.responseId, definition.questions.map((q) => q.id));
    return this.view(ctx);
  }

  async view(ctx: PortalContext): Promise<PortalResponse> {
    const { response, campaign, definition } = await this.load(ctx);
    const [org, supplier] = await Promise.all([
      this.db.query(`SELECT name FROM ${ORGANIZATIONS} organizations WHERE id = $1`, [ctx.organizationId]),
      this.db.query(`SELECT name FROM ${SUPPLIERS} suppliers WHERE id = $1`, [ctx.supplierId]),
    ]);
    return {
      campaign: { id: campaign.id, name: campaign.name, dueDate: campaign.dueDate, organizationName: org[0].name, closed: campaign.status === 'closed' },
      supplier: { name: supplier[0].name },
      contact: { name: ctx.contactName, language: ctx.language },
      depth: response.depth,
      definition: definitionForDepth(definition, response.depth) as unknown as Record<string, unknown>,
      answers: await this.answers.load(response.id),
      attachments: await this.attachments.list(response.id),
      version: response.version,
      status: publicStatus(response.status, campaign.dueDate),
      submittedAt: response.submittedAt?.toISOString() ?? null,
      declaration: response.declaration,
      // The grade, rates and explanation only once the supplier may see them: under
      // `after_release` not before the buyer releases the feedback (not merely hidden in the page).
      result: campaign.gradeVisibility === 'on_submit' || response.feedbackReleasedAt ? await readGradeResult(this.db, response.id) : null,
      feedbackReleased: response.feedbackReleasedAt !== null,
    };
  }

  /**
   * Merges answers with optimistic concurrency (TypeORM's save() does not check versions).
   * The hot path. What validation needs of a link — its response, depth and questionnaire
   * version — never changes, so it is cached (with the supplier's name for the audit log,
   * hence the cache's short life); whether the link is still valid and the response still
   * open is checked by the save statement itself, so revoking a link or submitting takes
   * effect at once. One round trip per save.
   */
  async save(token: string, body: SaveAnswersRequest): Promise<{ version: number }> {
    const ctx = this.cachedContext(token) ?? (await this.context(token));
    this.remember(token, ctx);
    const { definition } = await this.questionnaires.publishedDefinition(ctx.questionnaireVersionId);
    const problems = validateAnswers(askedAt(definition, ctx.depth), body.answers as Answers);
    if (problems.length) {
      throw new DomainError(
        'VALIDATION_FAILED',
        problems.map((p) => `${p.questionId}: ${p.message}`).join('; '),
        problems.map((p) => ({ path: `answers.${p.questionId}`, message: p.message })),
      );
    }
    const version = await this.autosave.save({
      responseId: ctx.responseId,
      tokenHash: hashToken(token),
      version: body.version,
      answers: body.answers as Answers,
      organizationId: ctx.organizationId,
      supplierId: ctx.supplierId,
      label: `${ctx.supplierName} (${ctx.contactEmail})`,
    });
    if (version !== null) return { version };
    // Why not: look again, uncached, to say so precisely.
    this.saveContexts.delete(token);
    const fresh = await this.context(token);
    if (fresh.responseStatus === 'submitted') throw new DomainError('ALREADY_SUBMITTED', 'this questionnaire has been submitted and is read-only');
    if (fresh.campaignStatus === 'closed') throw new DomainError('CAMPAIGN_CLOSED', 'this survey is closed');
    throw new DomainError('STALE_VERSION', 'someone saved this questionnaire in the meantime: reload and try again');
  }

  private readonly saveContexts = new Map<string, { ctx: PortalContext; until: number }>();

  private cachedContext(token: string): PortalContext | undefined {
    const hit = this.saveContexts.get(token);
    if (hit && hit.until > Date.now()) return hit.ctx;
    this.saveContexts.delete(token);
    return undefined;
  }

  private remember(token: string, ctx: PortalContext): void {
    if (this.saveContexts.has(token)) return;
    if (this.saveContexts.size >= 10_000) this.saveContexts.delete(this.saveContexts.keys().next().value!);
    this.saveContexts.set(token, { ctx, until: Date.now() + SAVE_CONTEXT_TTL_MS });
  }

  /** Submission with the declaration; graded at once with the campaign's thresholds. */
  async submit(token: string, declaration: Declaration): Promise<PortalResponse> {
    const ctx = await this.context(token);
    const { response, campaign, definition } = await this.load(ctx);
    this.assertWritable(response, campaign);
    const answers = await this.answers.load(response.id);
    const missing = this.missing(definition, response, answers, await this.attachments.list(response.id));
    if (missing.length) {
      throw new DomainError('UNANSWERED_REQUIRED', `answer the required questions first: ${missing.join(', ')}`, missing.map((id) => ({ path: id, message: 'required' })));
    }
    const result = grade(definition, answers, { depth: response.depth, thresholds: campaign.thresholds });
    await this.db.transaction(async (m) => {
      if (!(await this.responses.submit(m, response.id, declaration, result))) {
        throw new DomainError('ALREADY_SUBMITTED', 'this questionnaire has already been submitted');
      }
      // Each Z theme opens its corrective action with the grade, or neither is stored.
      await this.correctiveActions.openForZ(m, response, result, definition);
      await recordResponseEvent(m, {
        organizationId: ctx.organizationId,
        responseId: response.id,
        kind: 'submitted',
        actor: `${declaration.signerName} (${ctx.contactEmail})`,
        data: { overallGrade: result.overall.grade, rulesVersion: RULES_VERSION },
      });
      await this.audit.record(m, {
        organizationId: ctx.organizationId,
        actor: supplierActor(ctx),
        action: 'response.submit',
        entityType: 'response',
        entityId: response.id,
        before: { status: response.status },
        after: { status: 'submitted', declaration, overallGrade: result.overall.grade, overallRate: result.overall.rate },
      });
      await this.webhooks.responseSubmitted(m, response.id);
    });
    return this.view(ctx);
  }

  /** Required questions in scope without an answer, and required evidence without a file. */
  missing(definition: QuestionnaireDefinition, response: ResponseEntity, answers: Answers, files: { questionId: string }[]): string[] {
    const p = progress(definition, response.depth, answers);
    const withFiles = new Set(files.map((f) => f.questionId));
    const evidence = questionsInScope(definition, response.depth, answers)
      .filter((q) => q.evidence === 'required' && q.type !== 'file' && !withFiles.has(q.id) && !p.missingRequired.includes(q.id))
      .map((q) => q.id);
    return [...p.missingRequired, ...evidence];
  }

  assertWritable(response: ResponseEntity, campaign: CampaignEntity): void {
    if (response.status === 'submitted') throw new DomainError('ALREADY_SUBMITTED', 'this questionnaire has been submitted and is read-only');
    if (campaign.status === 'closed') throw new DomainError('CAMPAIGN_CLOSED', 'this survey is closed');
  }

  async load(ctx: PortalContext) {
    const [response, campaign] = await Promise.all([
      this.responses.get(ctx.responseId),
      this.campaigns.find(ctx.organizationId, ctx.campaignId),
    ]);
    const { definition } = await this.questionnaires.publishedDefinition(campaign.questionnaireVersionId);
    return { response, campaign, definition };
  }
}
