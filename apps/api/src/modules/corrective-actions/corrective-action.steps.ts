import { CORRECTIVE_ACTION_STEPS, type CorrectiveActionStatus, type CorrectiveActionStep, canTakeStep } from '@ses/api-types';

/**
 * The lifecycle (DESIGN §5, TMG guideline 6 (4)) is `CORRECTIVE_ACTION_STEPS` in
 * `@ses/api-types`: one table, from which the web app offers its buttons and by which this
 * module moves actions. The buyer requests; the supplier submits an improvement plan; the
 * buyer approves it or sends it back; the supplier reports the implementation with evidence;
 * the buyer verifies and closes it, or returns the report. The buyer may escalate at any open step.
 */
export const STEPS = CORRECTIVE_ACTION_STEPS;
export type StepName = CorrectiveActionStep;

/** How a refused step is named in the 409's message. */
export const STEP_WHAT: Record<StepName, string> = {
  submit_plan: 'submit an improvement plan',
  approve: 'approve the plan',
  reject: 'reject the plan',
  report: 'report the implementation',
  return_report: 'return the report',
  verify: 'verify and close',
  escalate: 'escalate',
};

/** The status `name` leads to from `status`, or null when the step does not start there. */
export function nextStatus(name: StepName, status: CorrectiveActionStatus): CorrectiveActionStatus | null {
  return canTakeStep(name, status) ? STEPS[name].to : null;
}
