import type { CorrectiveActionStatus, PortalCorrectiveAction } from '@ses/api-types';
import { LIMITS, isOpenCorrectiveAction } from '@ses/api-types/rules';

/** What the server accepts for a plan or a report, and for a message in the thread. */
export const PLAN_MIN = LIMITS.correctiveAction.textMin;
export const TEXT_MAX = LIMITS.correctiveAction.textMax;
export const MESSAGE_MAX = LIMITS.correctiveAction.commentMax;

/** The status as the supplier should read it: a report sent back is its own situation. */
export type StatusNote = CorrectiveActionStatus | 'report_returned';

export function statusNote(
  a: Pick<PortalCorrectiveAction, 'status' | 'report' | 'verifyComment'>,
): StatusNote {
  // A returned report goes back to plan_approved with the buyer's comment beside the old report.
  if (a.status === 'plan_approved' && a.report && a.verifyComment) return 'report_returned';
  return a.status;
}

export type Tone = 'todo' | 'waiting' | 'good' | 'bad';

/** The badge's colour: the supplier's turn, the buyer's turn, done, or trouble. */
export function statusTone(status: CorrectiveActionStatus): Tone {
  switch (status) {
    case 'requested':
    case 'plan_approved':
      return 'todo';
    case 'plan_rejected':
    case 'escalated':
      return 'bad';
    case 'closed':
      return 'good';
    case 'plan_submitted':
    case 'implemented':
      return 'waiting';
  }
}

/** Whether the next step is the supplier's (a plan or a report to send). */
export function isSupplierTurn(a: Pick<PortalCorrectiveAction, 'can'>): boolean {
  return a.can.submitPlan || a.can.report;
}


/**
 * The supplier's to-do first (overdue before the rest, then by due date), then those waiting
 * for the buyer, then the finished ones. Stable for equal keys.
 */
export function sortActions<
  T extends Pick<PortalCorrectiveAction, 'can' | 'status' | 'overdue' | 'dueDate'>,
>(list: readonly T[]): T[] {
  const rank = (a: T) => (isSupplierTurn(a) ? 0 : isOpenCorrectiveAction(a.status) ? 1 : 2);
  return list
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        rank(x.a) - rank(y.a) ||
        Number(y.a.overdue) - Number(x.a.overdue) ||
        x.a.dueDate.localeCompare(y.a.dueDate) ||
        x.i - y.i,
    )
    .map(({ a }) => a);
}

export function countToDo(list: readonly Pick<PortalCorrectiveAction, 'can'>[]): number {
  return list.filter(isSupplierTurn).length;
}

export type TextProblem = 'required' | 'tooShort' | 'tooLong';

/** Checks typed text as the server will (trimmed length); null when it will be accepted. */
export function checkText(text: string, min: number, max: number): TextProblem | null {
  const n = text.trim().length;
  if (n === 0) return 'required';
  if (n < min) return 'tooShort';
  if (n > max) return 'tooLong';
  return null;
}

/** Event kinds with their own wording; anything newer reads as a plain update. */
export const EVENT_KINDS = [
  'opened',
  'plan_submitted',
  'plan_approved',
  'plan_rejected',
  'implemented',
  'report_returned',
  'closed',
  'escalated',
  'message',
  'evidence_added',
  'evidence_removed',
  'due_date_changed',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number] | 'other';

export function eventKind(kind: string): EventKind {
  return (EVENT_KINDS as readonly string[]).includes(kind) ? (kind as EventKind) : 'other';
}
