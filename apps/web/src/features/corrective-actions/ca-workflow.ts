import { type CorrectiveActionStatus, OPEN_CORRECTIVE_ACTION_STATUSES } from '@ses/api-types';

/** What the buying side can do to an action (DESIGN §5); the supplier's steps happen in the portal. */
export type BuyerStep = 'approve' | 'reject' | 'return' | 'verify' | 'escalate';
export type BadgeVariant = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

// Mirrors the API's state machine (corrective-action.workflow.ts): offering a button the
// server would refuse only produces an error.
const STEP_FROM: Record<BuyerStep, readonly CorrectiveActionStatus[]> = {
  approve: ['plan_submitted'],
  reject: ['plan_submitted'],
  return: ['implemented'],
  verify: ['implemented'],
  escalate: OPEN_CORRECTIVE_ACTION_STATUSES,
};

const STEP_ORDER: BuyerStep[] = ['approve', 'reject', 'verify', 'return', 'escalate'];

/** The steps a buyer may take from a status, in the order the buttons are shown. */
export function buyerSteps(status: CorrectiveActionStatus): BuyerStep[] {
  return STEP_ORDER.filter((s) => STEP_FROM[s].includes(status));
}

/** Approving and verifying may be silent; sending something back or escalating needs a reason. */
export function commentRequired(step: BuyerStep): boolean {
  return step === 'reject' || step === 'return' || step === 'escalate';
}

/** Still being worked on: owner and due date can change, reminders go out. */
export function isOpen(status: CorrectiveActionStatus): boolean {
  return (OPEN_CORRECTIVE_ACTION_STATUSES as readonly string[]).includes(status);
}

/** Whose move it is, for the hint beside the actions. */
export function waitingOn(status: CorrectiveActionStatus): 'supplier' | 'buyer' | null {
  if (status === 'plan_submitted' || status === 'implemented') return 'buyer';
  if (status === 'requested' || status === 'plan_rejected' || status === 'plan_approved') return 'supplier';
  return null;
}

export const STATUS_VARIANT: Record<CorrectiveActionStatus, BadgeVariant> = {
  requested: 'info',
  plan_submitted: 'warning',
  plan_approved: 'info',
  plan_rejected: 'danger',
  implemented: 'warning',
  closed: 'success',
  escalated: 'danger',
};

/** Today as YYYY-MM-DD in the user's time zone (the due date is a calendar date). */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A calendar date plus whole days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The API's default when no due date is given (corrective-actions.service DEFAULT_DUE_DAYS). */
export const DEFAULT_DUE_DAYS = 30;
