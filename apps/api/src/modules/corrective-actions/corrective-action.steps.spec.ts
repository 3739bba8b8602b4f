import { describe, expect, it } from 'vitest';
import { CORRECTIVE_ACTION_STATUSES, type CorrectiveActionStatus } from '@ses/api-types';
import { STEPS, type StepName, nextStatus } from './corrective-action.steps';

/**
 * The lifecycle of DESIGN §5 written out in full, independently of STEPS: for every step, the
 * statuses it starts from and where it leads. Every other (step, status) pair is refused.
 */
const ALLOWED: Record<StepName, Partial<Record<CorrectiveActionStatus, CorrectiveActionStatus>>> = {
  submit_plan: { requested: 'plan_submitted', plan_rejected: 'plan_submitted' },
  approve: { plan_submitted: 'plan_approved' },
  reject: { plan_submitted: 'plan_rejected' },
  report: { plan_approved: 'implemented' },
  return_report: { implemented: 'plan_approved' },
  verify: { implemented: 'closed' },
  escalate: { requested: 'escalated', plan_submitted: 'escalated', plan_approved: 'escalated', plan_rejected: 'escalated', implemented: 'escalated' },
};
const SIDE: Record<StepName, 'buyer' | 'supplier'> = {
  submit_plan: 'supplier',
  approve: 'buyer',
  reject: 'buyer',
  report: 'supplier',
  return_report: 'buyer',
  verify: 'buyer',
  escalate: 'buyer',
};

const table = (Object.keys(ALLOWED) as StepName[]).flatMap((step) => CORRECTIVE_ACTION_STATUSES.map((status) => ({ step, status, to: ALLOWED[step][status] ?? null })));

describe('corrective-action steps', () => {
  it('are exactly the steps of the lifecycle, each on its side', () => {
    expect(Object.keys(STEPS).sort()).toEqual(Object.keys(ALLOWED).sort());
    for (const step of Object.keys(STEPS) as StepName[]) expect(STEPS[step].side, step).toBe(SIDE[step]);
  });

  it.each(table)('$step from $status → $to', ({ step, status, to }) => {
    expect(nextStatus(step, status)).toBe(to);
  });

  it('never leave closed or escalated, and close only from implemented', () => {
    for (const step of Object.keys(STEPS) as StepName[]) {
      expect(nextStatus(step, 'closed'), step).toBeNull();
      expect(nextStatus(step, 'escalated'), step).toBeNull();
    }
    expect(CORRECTIVE_ACTION_STATUSES.filter((s) => nextStatus('verify', s) === 'closed')).toEqual(['implemented']);
  });
});
