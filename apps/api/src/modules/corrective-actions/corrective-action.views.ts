import type {
  Attachment,
  CorrectiveActionDetail,
  CorrectiveActionEvent,
  CorrectiveActionSummary,
  FailedPoint,
  PortalCorrectiveAction,
  Reassessment,
} from '@ses/api-types';
import { type CorrectiveActionStatus, EVIDENCE_OPEN_STATUSES, canTakeStep } from '@ses/api-types';
import type { LocalizedText, QuestionnaireDefinition } from '@ses/questionnaire';
import type { BoardRow, EventRow } from './corrective-actions.repository';

/** The wire shapes of an action, from its row and its campaign's questionnaire version. Pure. */

export function themeTitle(definition: QuestionnaireDefinition, theme: string): LocalizedText {
  return definition.themes.find((t) => t.key === theme)?.title ?? { ja: theme, en: theme };
}

/** Each failed point with its question and guidance in both languages. */
export function failedPoints(definition: QuestionnaireDefinition, ids: string[]): FailedPoint[] {
  const questions = new Map(definition.questions.map((q) => [q.id, q]));
  return ids.map((id) => {
    const q = questions.get(id);
    return { questionId: id, text: q?.text ?? null, guidance: q?.guidance ?? null, reference: q?.reference ?? null };
  });
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function reassessment(r: BoardRow): Reassessment | null {
  if (!r.re_response_id) return null;
  return {
    responseId: r.re_response_id,
    campaignId: r.re_campaign_id!,
    campaignName: r.re_campaign_name!,
    status: r.re_status as Reassessment['status'],
    themeGrade: (r.re_theme_grade as Reassessment['themeGrade']) ?? null,
  };
}

export function toSummary(r: BoardRow, definition: QuestionnaireDefinition): CorrectiveActionSummary {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    campaignName: r.campaign_name,
    responseId: r.response_id,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    theme: r.theme,
    themeTitle: themeTitle(definition, r.theme),
    status: r.status,
    dueDate: r.due_date,
    overdue: r.overdue,
    owner: r.owner_id && r.owner_name ? { id: r.owner_id, name: r.owner_name } : null,
    openedBy: r.opened_by,
    failedPoints: r.failed_points,
    reassessment: reassessment(r),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const toEvent = (e: EventRow): CorrectiveActionEvent => ({
  id: e.id,
  kind: e.kind,
  side: e.side,
  actor: e.actor,
  comment: e.comment,
  data: e.data,
  createdAt: e.created_at.toISOString(),
});

export function toDetail(r: BoardRow, definition: QuestionnaireDefinition, evidence: Attachment[], events: EventRow[]): CorrectiveActionDetail {
  return {
    ...toSummary(r, definition),
    points: failedPoints(definition, r.failed_points),
    plan: r.plan,
    planSubmittedAt: iso(r.plan_submitted_at),
    reviewComment: r.review_comment,
    reviewedAt: iso(r.reviewed_at),
    report: r.report,
    reportedAt: iso(r.reported_at),
    verifyComment: r.verify_comment,
    closedAt: iso(r.closed_at),
    escalatedAt: iso(r.escalated_at),
    evidence,
    events: events.map(toEvent),
  };
}

/** Buyer-internal history the supplier does not see: who owns the action, reminders sent. */
const HIDDEN_FROM_SUPPLIER = new Set(['owner_changed', 'reminded']);
/** An escalation's reason is for the buyer's organisation; the supplier is told it happened. */
const COMMENT_HIDDEN_FROM_SUPPLIER = new Set(['escalated']);

/** Whether the supplier may add or remove evidence in this status. */
export function evidenceOpen(status: CorrectiveActionStatus): boolean {
  return (EVIDENCE_OPEN_STATUSES as readonly string[]).includes(status);
}

export function toPortal(
  r: BoardRow,
  definition: QuestionnaireDefinition,
  evidence: Attachment[],
  events: EventRow[],
  organizationName: string,
): PortalCorrectiveAction {
  return {
    id: r.id,
    campaignName: r.campaign_name,
    theme: r.theme,
    themeTitle: themeTitle(definition, r.theme),
    status: r.status,
    dueDate: r.due_date,
    overdue: r.overdue,
    points: failedPoints(definition, r.failed_points),
    plan: r.plan,
    reviewComment: r.review_comment,
    report: r.report,
    verifyComment: r.verify_comment,
    evidence,
    events: events
      .filter((e) => !HIDDEN_FROM_SUPPLIER.has(e.kind))
      .map((e) => ({
        id: e.id,
        kind: e.kind,
        side: e.side,
        // The supplier deals with the organisation, not with its staff by name.
        actor: e.side === 'buyer' ? organizationName : e.actor,
        comment: COMMENT_HIDDEN_FROM_SUPPLIER.has(e.kind) ? null : e.comment,
        createdAt: e.created_at.toISOString(),
      })),
    can: { submitPlan: canTakeStep('submit_plan', r.status), report: canTakeStep('report', r.status), addEvidence: evidenceOpen(r.status) },
  };
}
