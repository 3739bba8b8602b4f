import { type CorrectiveActionStatus, OPEN_CORRECTIVE_ACTION_STATUSES } from '@ses/api-types';

/**
 * The lifecycle (DESIGN §5, TMG guideline 6 (4)): the buyer requests; the supplier submits
 * an improvement plan; the buyer approves it or sends it back; the supplier reports the
 * implementation with evidence; the buyer verifies and closes it, or returns the report.
 * The buyer may escalate at any open step.
 */
export const STEPS = {
  submit_plan: { from: ['requested', 'plan_rejected'], to: 'plan_submitted', side: 'supplier', what: 'submit an improvement plan' },
  approve: { from: ['plan_submitted'], to: 'plan_approved', side: 'buyer', what: 'approve the plan' },
  reject: { from: ['plan_submitted'], to: 'plan_rejected', side: 'buyer', what: 'reject the plan' },
  report: { from: ['plan_approved'], to: 'implemented', side: 'supplier', what: 'report the implementation' },
  return_report: { from: ['implemented'], to: 'plan_approved', side: 'buyer', what: 'return the report' },
  verify: { from: ['implemented'], to: 'closed', side: 'buyer', what: 'verify and close' },
  escalate: { from: OPEN_CORRECTIVE_ACTION_STATUSES, to: 'escalated', side: 'buyer', what: 'escalate' },
} as const satisfies Record<string, { from: readonly CorrectiveActionStatus[]; to: CorrectiveActionStatus; side: 'buyer' | 'supplier'; what: string }>;
export type StepName = keyof typeof STEPS;

/** The status `name` leads to from `status`, or null when the step does not start there. */
export function nextStatus(name: StepName, status: CorrectiveActionStatus): CorrectiveActionStatus | null {
  const step = STEPS[name];
  return (step.from as readonly CorrectiveActionStatus[]).includes(status) ? step.to : null;
}
