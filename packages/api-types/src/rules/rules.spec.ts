import { describe, expect, it } from 'vitest';
import {
  CORRECTIVE_ACTION_STATUSES,
  CORRECTIVE_ACTION_STEPS,
  ERROR_CODES,
  LIMITS,
  canTakeStep,
  correctiveActionTurn,
  formatTrackingCode,
  normalizeTrackingCode,
} from './index.js';
import { TRACKING_CODE_PATTERN, errorResponseSchema, overrideRequestSchema, planRequestSchema } from '../index.js';

describe('normalizeTrackingCode', () => {
  const canonical = 'ABCDEFGHJKMNPQRSTVWXYZ012345';

  it('reads a code typed on a Japanese keyboard: full-width letters, digits, dashes and spaces', () => {
    expect(normalizeTrackingCode('ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ－ＰＱＲＳ－ＴＶＷＸ－ＹＺ０１－２３４５')).toBe(canonical);
    expect(normalizeTrackingCode('ａｂｃｄ\u3000ｅｆｇｈ\u3000ｊｋｍｎ\u3000ｐｑｒｓ\u3000ｔｖｗｘ\u3000ｙｚｏ１\u3000２３４５')).toBe(canonical);
    expect(normalizeTrackingCode('ABCDーEFGHーJKMNーPQRSーTVWXーYZ01ー2345')).toBe(canonical);
  });

  it('forgives case, dashes and the letters read as digits, and refuses what cannot be a code', () => {
    expect(normalizeTrackingCode('abcd-efgh-jkmn-pqrs-tvwx-yzol-2345')).toBe(canonical);
    expect(normalizeTrackingCode('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-234U')).toBeNull();
    expect(normalizeTrackingCode('ABCD')).toBeNull();
    expect(normalizeTrackingCode('Ａ'.repeat(61))).toBeNull();
  });

  it('formats the canonical code as the pattern the server shows', () => {
    expect(formatTrackingCode(canonical)).toBe('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345');
    expect(formatTrackingCode(canonical)).toMatch(TRACKING_CODE_PATTERN);
  });
});

describe('corrective-action steps', () => {
  it('start and end in known statuses, and nothing leaves a closed or escalated action', () => {
    for (const step of Object.values(CORRECTIVE_ACTION_STEPS)) {
      for (const s of step.from) expect(CORRECTIVE_ACTION_STATUSES).toContain(s);
      expect(CORRECTIVE_ACTION_STATUSES).toContain(step.to);
    }
    for (const name of Object.keys(CORRECTIVE_ACTION_STEPS) as (keyof typeof CORRECTIVE_ACTION_STEPS)[]) {
      expect(canTakeStep(name, 'closed')).toBe(false);
      expect(canTakeStep(name, 'escalated')).toBe(false);
    }
  });

  it('say whose turn it is', () => {
    expect(CORRECTIVE_ACTION_STATUSES.map((s) => [s, correctiveActionTurn(s)])).toEqual([
      ['requested', 'supplier'],
      ['plan_submitted', 'buyer'],
      ['plan_approved', 'supplier'],
      ['plan_rejected', 'supplier'],
      ['implemented', 'buyer'],
      ['closed', null],
      ['escalated', null],
    ]);
  });
});

describe('limits', () => {
  it('are the ones the schemas enforce', () => {
    const reason = (n: number) => overrideRequestSchema.safeParse({ grade: 'B', reason: 'x'.repeat(n) }).success;
    expect([reason(LIMITS.override.reasonMin - 1), reason(LIMITS.override.reasonMin), reason(LIMITS.override.reasonMax), reason(LIMITS.override.reasonMax + 1)]).toEqual([false, true, true, false]);
    const plan = (n: number) => planRequestSchema.safeParse({ plan: 'x'.repeat(n) }).success;
    expect([plan(LIMITS.correctiveAction.textMin - 1), plan(LIMITS.correctiveAction.textMax), plan(LIMITS.correctiveAction.textMax + 1)]).toEqual([false, true, false]);
  });
});

describe('error codes', () => {
  it('are the only codes an error body may carry', () => {
    const body = { statusCode: 409, message: 'm', error: 'Conflict' };
    for (const code of ERROR_CODES) expect(errorResponseSchema.safeParse({ ...body, code }).success).toBe(true);
    expect(errorResponseSchema.safeParse({ ...body, code: 'SOMETHING_ELSE' }).success).toBe(false);
  });
});
