import { describe, expect, it } from 'vitest';
import { CORRECTIVE_ACTION_STATUSES } from '@ses/api-types';
import { STATUS_VARIANT, addDays, buyerSteps, commentRequired, isOpen, todayIso, waitingOn } from './ca-workflow';

describe('buyerSteps', () => {
  it('offers the review of a submitted plan, and escalation', () => {
    expect(buyerSteps('plan_submitted')).toEqual(['approve', 'reject', 'escalate']);
  });

  it('offers verification or return of a reported implementation', () => {
    expect(buyerSteps('implemented')).toEqual(['verify', 'return', 'escalate']);
  });

  it('leaves only escalation while the supplier has the next move', () => {
    for (const s of ['requested', 'plan_approved', 'plan_rejected'] as const) expect(buyerSteps(s), s).toEqual(['escalate']);
  });

  it('offers nothing on a closed or escalated action', () => {
    expect(buyerSteps('closed')).toEqual([]);
    expect(buyerSteps('escalated')).toEqual([]);
  });
});

describe('status helpers', () => {
  it('needs a comment to reject, return or escalate, not to approve or verify', () => {
    expect(['approve', 'reject', 'return', 'verify', 'escalate'].filter((s) => commentRequired(s as never))).toEqual(['reject', 'return', 'escalate']);
  });

  it('knows which statuses are open and whose turn it is', () => {
    expect(CORRECTIVE_ACTION_STATUSES.filter(isOpen)).toEqual(['requested', 'plan_submitted', 'plan_approved', 'plan_rejected', 'implemented']);
    expect(waitingOn('plan_submitted')).toBe('buyer');
    expect(waitingOn('plan_rejected')).toBe('supplier');
    expect(waitingOn('closed')).toBeNull();
  });

  it('has a badge colour for every status', () => {
    for (const s of CORRECTIVE_ACTION_STATUSES) expect(STATUS_VARIANT[s], s).toBeTruthy();
  });
});

describe('dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });

  it('reads today in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
