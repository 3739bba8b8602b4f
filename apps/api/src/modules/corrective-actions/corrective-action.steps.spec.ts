import { describe, expect, it } from 'vitest';
import { CORRECTIVE_ACTION_STATUSES } from '@ses/api-types';
import { LIFECYCLE } from '../../../test/corrective-action-lifecycle';
import { STEPS, type StepName, nextStatus } from './corrective-action.steps';

const SIDE: Record<StepName, 'buyer' | 'supplier'> = {
  submit_plan: 'supplier',
  approve: 'buyer',
  reject: 'buyer',
  report: 'supplier',
  return_report: 'buyer',
  verify: 'buyer',
  escalate: 'buyer',
};

const table = (Object.keys(LIFECYCLE) as StepName[]).flatMap((step) => CORRECTIVE_ACTION_STATUSES.map((status) => ({ step, status, to: LIFECYCLE[step][status] ?? null })));

describe('corrective-action steps', () => {
  it('are exactly the steps of the lifecycle, each on its side', () => {
    expect(Object.keys(STEPS).sort()).toEqual(Object.keys(LIFECYCLE).sort());
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
