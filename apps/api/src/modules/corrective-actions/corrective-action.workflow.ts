import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CorrectiveActionStatus } from '@ses/api-types';
import { DomainError, notFound } from '../../common/errors';
import { type AuditActor, AuditService } from '../audit/audit.service';
import { CorrectiveActionMailerService } from './corrective-action-mailer.service';
import { STEPS, STEP_WHAT, type StepName, nextStatus } from './corrective-action.steps';
import { type ActionRow, CorrectiveActionsRepository, NOW, type Scope } from './corrective-actions.repository';
import { WebhookEventsService } from '../webhooks/webhook-events.service';

export { STEPS, type StepName } from './corrective-action.steps';

/** The event recorded (and, for buyer steps, the notice sent) for each step. */
const EVENT_KIND: Record<StepName, 'plan_submitted' | 'plan_approved' | 'plan_rejected' | 'implemented' | 'report_returned' | 'closed' | 'escalated'> = {
  submit_plan: 'plan_submitted',
  approve: 'plan_approved',
  reject: 'plan_rejected',
  report: 'implemented',
  return_report: 'report_returned',
  verify: 'closed',
  escalate: 'escalated',
};

/** What each step writes besides the status; the text given goes in the first column. */
const COLUMNS: Record<StepName, (text: string) => Record<string, unknown>> = {
  submit_plan: (t) => ({ plan: t, plan_submitted_at: NOW }),
  approve: (t) => ({ review_comment: t || null, reviewed_at: NOW }),
  reject: (t) => ({ review_comment: t, reviewed_at: NOW }),
  report: (t) => ({ report: t, reported_at: NOW }),
  return_report: (t) => ({ verify_comment: t }),
  verify: (t) => ({ verify_comment: t || null, closed_at: NOW }),
  escalate: () => ({ escalated_at: NOW }),
};

/** Who acts: a user of the buying organisation, or a supplier contact through its link. */
export interface Actor {
  side: 'buyer' | 'supplier';
  /** Shown in the history: the user's name, or the contact's name and address. */
  name: string;
  audit: AuditActor;
}

@Injectable()
export class CorrectiveActionWorkflow {
  constructor(
    private readonly repo: CorrectiveActionsRepository,
    private readonly mailer: CorrectiveActionMailerService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /**
   * Moves the action one step in the caller's transaction, or says precisely why not:
   * 404 outside the scope, 409 `INVALID_TRANSITION` from a status the step does not start
   * from, 422 `EVIDENCE_REQUIRED` for a report without evidence. The status change itself
   * is one guarded UPDATE (`status = ANY(from)`). Records the event, audits it and tells
   * the other side.
   */
  async step(m: EntityManager, scope: Scope, id: string, name: StepName, actor: Actor, text: string): Promise<ActionRow> {
    const step = STEPS[name];
    // The lock makes a second click wait for the first and then see where it left the action.
    const before = await this.lockInScope(m, scope, id);
    const from = step.from as readonly CorrectiveActionStatus[];
    if (nextStatus(name, before.status) === null) {
      throw new DomainError('INVALID_TRANSITION', `cannot ${STEP_WHAT[name]}: the corrective action is ${before.status}, and this step needs it ${from.join(' or ')}`);
    }
    const requireEvidence = name === 'report';
    const row = await this.repo.transition(m, scope, id, { from, to: step.to, set: COLUMNS[name](text), requireEvidence });
    if (!row) throw new DomainError('EVIDENCE_REQUIRED', 'attach at least one evidence file before reporting the implementation');
    const kind = EVENT_KIND[name];
    // The plan and the report are kept on the action itself; the thread keeps comments.
    const comment = name === 'submit_plan' || name === 'report' ? null : text || null;
    const eventId = await this.repo.addEvent(m, { actionId: id, kind, side: actor.side, actor: actor.name, comment, data: { from: before.status, to: step.to } });
    const written = name === 'submit_plan' ? { plan: text } : name === 'report' ? { report: text } : comment ? { comment } : {};
    await this.record(m, row, actor, `corrective_action.${kind}`, { status: before.status }, { status: step.to, ...written });
    await this.webhooks.correctiveActionStatusChanged(m, row, before.status, step.to);
    if (actor.side === 'supplier') {
      await this.mailer.toBuyers(m, row, name === 'report' ? 'implemented' : 'plan_submitted', text, eventId);
    } else {
      // An escalation's reason stays within the buying organisation.
      const notice = kind as Exclude<typeof kind, 'plan_submitted' | 'implemented'>;
      await this.mailer.toSupplier(m, row, notice, notice === 'escalated' ? null : comment, eventId);
    }
    return row;
  }

  /** A message in the action's thread, e-mailed to the other side. */
  async message(m: EntityManager, scope: Scope, id: string, actor: Actor, text: string): Promise<void> {
    const row = await this.lockInScope(m, scope, id);
    const eventId = await this.repo.addEvent(m, { actionId: id, kind: 'message', side: actor.side, actor: actor.name, comment: text });
    await this.record(m, row, actor, 'corrective_action.message', undefined, { eventId });
    if (actor.side === 'supplier') await this.mailer.toBuyers(m, row, 'message', text, eventId);
    else await this.mailer.toSupplier(m, row, 'message', text, eventId);
  }

  /** Locks an action of the scope for a change that is not a status step. */
  async lockInScope(m: EntityManager, scope: Scope, id: string): Promise<ActionRow> {
    const [row]: ActionRow[] = await m.query(
      `SELECT * FROM corrective_actions WHERE id = $1 AND organization_id = $2 AND ($3::uuid IS NULL OR supplier_id = $3) FOR UPDATE`,
      [id, scope.organizationId, scope.supplierId ?? null],
    );
    if (!row) throw notFound('corrective action');
    return row;
  }

  async record(m: EntityManager, row: ActionRow, actor: Actor | null, action: string, before: unknown, after: unknown): Promise<void> {
    await this.audit.record(m, {
      organizationId: row.organization_id,
      actor: actor?.audit ?? { type: 'system', label: 'grading' },
      action,
      entityType: 'corrective_action',
      entityId: row.id,
      before,
      after,
    });
  }
}
