import { describe, expect, it } from 'vitest';
import type { Approval } from '@ses/api-types';
import { requestSummary, targetLink } from './approval-view';

const base: Approval = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'override',
  targetId: '00000000-0000-4000-8000-000000000002',
  request: { grade: 'C', reason: 'Site visit' },
  status: 'pending',
  requestedBy: { id: null, name: 'Ann' },
  requestedAt: '2026-01-01T00:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  comment: null,
};
const t = (key: string, named?: Record<string, unknown>) => `${key}${named ? JSON.stringify(named) : ''}`;

describe('approval view', () => {
  it('links each kind to the page of its target', () => {
    expect(targetLink(base)).toEqual({ name: 'response', params: { id: base.targetId } });
    expect(targetLink({ ...base, kind: 'verification' })).toEqual({ name: 'corrective-action', params: { id: base.targetId } });
    expect(targetLink({ ...base, kind: 'release' })).toEqual({ name: 'campaign', params: { id: base.targetId } });
  });

  it('summarises the request; an override without theme is of the overall grade', () => {
    expect(requestSummary(base, t)).toBe('approvals.summary.override{"grade":"C","theme":"approvals.summary.overall","reason":"Site visit"}');
    expect(requestSummary({ ...base, kind: 'verification', request: { comment: '' } }, t)).toBe('approvals.summary.verification');
    expect(requestSummary({ ...base, kind: 'verification', request: { comment: 'ok' } }, t)).toBe('approvals.summary.verificationWithComment{"comment":"ok"}');
  });
});
