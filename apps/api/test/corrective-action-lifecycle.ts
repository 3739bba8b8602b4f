import type { CorrectiveActionStatus } from '@ses/api-types';
import type { StepName } from '../src/modules/corrective-actions/corrective-action.steps';

/**
 * The corrective-action lifecycle of DESIGN §5 written out in full, independently of the
 * product's STEPS table: for every step, the statuses it starts from and where it leads.
 * Every other (step, status) pair is refused. Shared by the unit and the HTTP tests so that
 * both hold the product to the same reading of the design.
 */
export const LIFECYCLE: Record<StepName, Partial<Record<CorrectiveActionStatus, CorrectiveActionStatus>>> = {
  submit_plan: { requested: 'plan_submitted', plan_rejected: 'plan_submitted' },
  approve: { plan_submitted: 'plan_approved' },
  reject: { plan_submitted: 'plan_rejected' },
  report: { plan_approved: 'implemented' },
  return_report: { implemented: 'plan_approved' },
  verify: { implemented: 'closed' },
  escalate: { requested: 'escalated', plan_submitted: 'escalated', plan_approved: 'escalated', plan_rejected: 'escalated', implemented: 'escalated' },
};
