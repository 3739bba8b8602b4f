/**
 * Corrective actions (DESIGN §5): requested → plan_submitted → plan_approved (or
 * plan_rejected, then a new plan) → implemented → closed; escalated from any open status.
 * The API moves actions by this table and the web app offers only the steps it allows.
 */
export const CORRECTIVE_ACTION_STATUSES = [
  'requested',
  'plan_submitted',
  'plan_approved',
  'plan_rejected',
  'implemented',
  'closed',
  'escalated',
] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

/** Statuses in which the action is still being worked on. */
export const OPEN_CORRECTIVE_ACTION_STATUSES = ['requested', 'plan_submitted', 'plan_approved', 'plan_rejected', 'implemented'] as const;

/** Statuses in which the next step is the supplier's (reminders go out for these). */
export const SUPPLIER_TURN_STATUSES = ['requested', 'plan_rejected', 'plan_approved'] as const;

/**
 * The steps (TMG guideline 6 (4)): the buyer requests; the supplier submits an improvement
 * plan; the buyer approves it or sends it back; the supplier reports the implementation with
 * evidence; the buyer verifies and closes it, or returns the report. The buyer may escalate
 * at any open step. `comment`: whether the buyer must say why.
 */
export const CORRECTIVE_ACTION_STEPS = {
  submit_plan: { from: ['requested', 'plan_rejected'], to: 'plan_submitted', side: 'supplier', comment: 'none' },
  approve: { from: ['plan_submitted'], to: 'plan_approved', side: 'buyer', comment: 'optional' },
  reject: { from: ['plan_submitted'], to: 'plan_rejected', side: 'buyer', comment: 'required' },
  report: { from: ['plan_approved'], to: 'implemented', side: 'supplier', comment: 'none' },
  return_report: { from: ['implemented'], to: 'plan_approved', side: 'buyer', comment: 'required' },
  verify: { from: ['implemented'], to: 'closed', side: 'buyer', comment: 'optional' },
  escalate: { from: OPEN_CORRECTIVE_ACTION_STATUSES, to: 'escalated', side: 'buyer', comment: 'required' },
} as const satisfies Record<
  string,
  { from: readonly CorrectiveActionStatus[]; to: CorrectiveActionStatus; side: 'buyer' | 'supplier'; comment: 'none' | 'optional' | 'required' }
>;
export type CorrectiveActionStep = keyof typeof CORRECTIVE_ACTION_STEPS;

/** Whether `step` may be taken from `status`. */
export function canTakeStep(step: CorrectiveActionStep, status: CorrectiveActionStatus): boolean {
  return (CORRECTIVE_ACTION_STEPS[step].from as readonly CorrectiveActionStatus[]).includes(status);
}

/** Still being worked on: owner and due date can change, reminders go out. */
export function isOpenCorrectiveAction(status: CorrectiveActionStatus): boolean {
  return (OPEN_CORRECTIVE_ACTION_STATUSES as readonly string[]).includes(status);
}

/** Whose move it is: the side of the steps that start from `status`, or null when none do. */
export function correctiveActionTurn(status: CorrectiveActionStatus): 'buyer' | 'supplier' | null {
  // Escalation is open to the buyer at every open step, so it says nothing about whose turn it is.
  const sides = (Object.keys(CORRECTIVE_ACTION_STEPS) as CorrectiveActionStep[])
    .filter((s) => s !== 'escalate' && canTakeStep(s, status))
    .map((s) => CORRECTIVE_ACTION_STEPS[s].side);
  return sides[0] ?? null;
}

/** Statuses in which the supplier may add or remove evidence: until the report is sent. */
export const EVIDENCE_OPEN_STATUSES = ['requested', 'plan_submitted', 'plan_rejected', 'plan_approved'] as const;

/**
 * Days a supplier has to answer a corrective-action request when no due date is given:
 * TMG 6 (4) asks for an improvement plan "within a specified period"; 30 days is the
 * default for every organisation until organisations can set their own.
 */
export const DEFAULT_CORRECTIVE_ACTION_DUE_DAYS = 30;
