import { describe, expect, it } from 'vitest';
import type { GrievanceDetail } from '@ses/api-types';
import { canReply, statusChoices, triageError, triageFormOf, triagePatch } from './grievance-rules';
import { DEFAULT_STATE, fromRouteQuery, toApiQuery, toRouteQuery } from './grievance-query';

const SUPPLIER = '9099a9f1-db9c-4b69-9ef9-d5b85545de60';
const report: GrievanceDetail = {
  id: '66ff5ee3-4e65-428a-a1a7-3bebe1e10ed7',
  category: 'labour',
  status: 'received',
  supplierName: 'Saigon Garment',
  supplierId: null,
  linkedSupplierName: null,
  language: 'ja',
  messageCount: 0,
  createdAt: '2026-11-21T05:58:37.494Z',
  updatedAt: '2026-11-21T05:58:37.494Z',
  description: '残業代が支払われていません。',
  reporterContact: null,
  outcome: null,
  messages: [],
};

describe('grievance statuses', () => {
  it('never offers "received" once a report has moved on', () => {
    expect(statusChoices('received')).toEqual(['received', 'triage', 'investigating', 'resolved', 'closed']);
    expect(statusChoices('investigating')).toEqual(['triage', 'investigating', 'resolved', 'closed']);
  });

  it('allows replies until the report is closed', () => {
    expect(canReply('resolved')).toBe(true);
    expect(canReply('closed')).toBe(false);
  });
});

describe('triage form', () => {
  it('sends only what changed', () => {
    const form = triageFormOf(report);
    expect(triagePatch(report, form)).toBeNull();
    expect(triagePatch(report, { ...form, status: 'triage', supplierId: SUPPLIER })).toEqual({ status: 'triage', supplierId: SUPPLIER });
  });

  it('unlinks a supplier and clears an outcome with null', () => {
    const linked = { ...report, supplierId: SUPPLIER, outcome: 'Paid back.' };
    expect(triagePatch(linked, { status: 'received', supplierId: null, outcome: '  ' })).toEqual({ supplierId: null, outcome: null });
  });

  it('asks for an outcome before a report is resolved', () => {
    expect(triageError({ status: 'resolved', supplierId: null, outcome: ' ' })).toBe('outcomeRequired');
    expect(triageError({ status: 'resolved', supplierId: null, outcome: 'Wages repaid.' })).toBeNull();
    expect(triageError({ status: 'closed', supplierId: null, outcome: '' })).toBeNull();
  });
});

describe('grievance board query', () => {
  it('round-trips filters and drops unknown values', () => {
    const state = { ...DEFAULT_STATE, status: 'triage' as const, category: 'labour' as const, supplierId: SUPPLIER };
    expect(fromRouteQuery(toRouteQuery(state))).toEqual(state);
    expect(fromRouteQuery({ status: 'open', category: 'x', supplierId: 'nope', pageSize: '3' })).toEqual(DEFAULT_STATE);
    expect(toApiQuery(DEFAULT_STATE)).toEqual({ page: 1, pageSize: 25 });
  });
});
