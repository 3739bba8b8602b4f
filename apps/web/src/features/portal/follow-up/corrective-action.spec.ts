import { describe, expect, it } from 'vitest';
import type { CorrectiveActionStatus } from '@ses/api-types';
import {
  checkText,
  countToDo,
  eventKind,
  sortActions,
  statusNote,
  statusTone,
} from './corrective-action';

const can = (submitPlan = false, report = false) => ({
  submitPlan,
  report,
  addEvidence: submitPlan || report,
});
const action = (id: string, status: CorrectiveActionStatus, dueDate: string, overdue = false) => ({
  id,
  status,
  dueDate,
  overdue,
  can: can(status === 'requested' || status === 'plan_rejected', status === 'plan_approved'),
});

describe('statusNote', () => {
  it('is the status itself in the usual cases', () => {
    expect(statusNote({ status: 'requested', report: null, verifyComment: null })).toBe(
      'requested',
    );
    expect(statusNote({ status: 'plan_approved', report: null, verifyComment: null })).toBe(
      'plan_approved',
    );
    expect(statusNote({ status: 'closed', report: 'done', verifyComment: 'ok' })).toBe('closed');
  });

  it('tells a report sent back apart from a freshly approved plan', () => {
    expect(
      statusNote({ status: 'plan_approved', report: 'We did it', verifyComment: 'Photos missing' }),
    ).toBe('report_returned');
  });
});

describe('statusTone', () => {
  it('marks the supplier’s turn, the buyer’s turn, done and trouble', () => {
    expect(statusTone('requested')).toBe('todo');
    expect(statusTone('plan_approved')).toBe('todo');
    expect(statusTone('plan_submitted')).toBe('waiting');
    expect(statusTone('implemented')).toBe('waiting');
    expect(statusTone('closed')).toBe('good');
    expect(statusTone('plan_rejected')).toBe('bad');
    expect(statusTone('escalated')).toBe('bad');
  });
});

describe('sortActions', () => {
  it('puts the supplier’s to-do first, overdue first, then by due date; finished last', () => {
    const list = [
      action('closed', 'closed', '2025-01-01'),
      action('waiting', 'plan_submitted', '2025-01-01'),
      action('todo-late', 'requested', '2025-03-01'),
      action('todo-overdue', 'plan_approved', '2025-05-01', true),
      action('todo-soon', 'plan_rejected', '2025-02-01'),
      action('escalated', 'escalated', '2024-01-01'),
    ];
    expect(sortActions(list).map((a) => a.id)).toEqual([
      'todo-overdue',
      'todo-soon',
      'todo-late',
      'waiting',
      'escalated',
      'closed',
    ]);
  });

  it('keeps the server’s order for equal keys and does not change its input', () => {
    const list = [action('a', 'requested', '2025-01-01'), action('b', 'requested', '2025-01-01')];
    expect(sortActions(list).map((a) => a.id)).toEqual(['a', 'b']);
    expect(sortActions([...list].reverse()).map((a) => a.id)).toEqual(['b', 'a']);
  });

  it('counts the actions waiting for the supplier', () => {
    expect(
      countToDo([
        action('a', 'requested', 'x'),
        action('b', 'plan_submitted', 'x'),
        action('c', 'plan_approved', 'x'),
      ]),
    ).toBe(2);
  });
});

describe('checkText', () => {
  it('checks the trimmed length against the limits', () => {
    expect(checkText('   ', 20, 100)).toBe('required');
    expect(checkText('  too short          ', 20, 100)).toBe('tooShort');
    expect(checkText('x'.repeat(20), 20, 100)).toBeNull();
    expect(checkText('x'.repeat(101), 20, 100)).toBe('tooLong');
    expect(checkText('a', 1, 100)).toBeNull();
  });
});

describe('eventKind', () => {
  it('knows the kinds the server records and reads anything else as an update', () => {
    expect(eventKind('plan_rejected')).toBe('plan_rejected');
    expect(eventKind('message')).toBe('message');
    expect(eventKind('something_new')).toBe('other');
  });
});
