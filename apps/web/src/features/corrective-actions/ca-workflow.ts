import {
  CORRECTIVE_ACTION_STEPS,
  type CorrectiveActionStatus,
  type CorrectiveActionStep,
  canTakeStep,
  correctiveActionTurn,
  isOpenCorrectiveAction,
} from '@ses/api-types';

/** What the buying side can do to an action (DESIGN §5); the supplier's steps happen in the portal. */
export type BuyerStep = 'approve' | 'reject' | 'return' | 'verify' | 'escalate';
export type BadgeVariant = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** The button's step in the state machine the API runs (`CORRECTIVE_ACTION_STEPS`). */
const STEP: Record<BuyerStep, CorrectiveActionStep> = {
  approve: 'approve',
  reject: 'reject',
  return: 'return_report',
  verify: 'verify',
  escalate: 'escalate',
};

const STEP_ORDER: BuyerStep[] = ['approve', 'reject', 'verify', 'return', 'escalate'];

/** The steps a buyer may take from a status, in the order the buttons are shown. */
export function buyerSteps(status: CorrectiveActionStatus): BuyerStep[] {
  return STEP_ORDER.filter((s) => canTakeStep(STEP[s], status));
}

/** Approving and verifying may be silent; sending something back or escalating needs a reason. */
export function commentRequired(step: BuyerStep): boolean {
  return CORRECTIVE_ACTION_STEPS[STEP[step]].comment === 'required';
}

/** Still being worked on: owner and due date can change, reminders go out. */
export const isOpen = isOpenCorrectiveAction;

/** Whose move it is, for the hint beside the actions. */
export const waitingOn = correctiveActionTurn;

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
