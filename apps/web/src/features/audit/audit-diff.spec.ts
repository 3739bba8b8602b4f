import { describe, expect, it } from 'vitest';
import { diffJson, entityPath, flatten, formatValue } from './audit-diff';
import { DEFAULT_STATE, fromRouteQuery, startOfLocalDay, toApiQuery, toRouteQuery } from './audit-query';

describe('diffJson', () => {
  it('lists only what changed between before and after', () => {
    expect(diffJson({ status: 'plan_approved', dueDate: '2026-12-01' }, { status: 'implemented', dueDate: '2026-12-01' })).toEqual([
      { path: 'status', kind: 'changed', before: 'plan_approved', after: 'implemented' },
    ]);
  });

  it('reads a creation (no before) as all added, a deletion as all removed', () => {
    expect(diffJson(null, { name: 'Acme', tier: 1 }).map((c) => [c.path, c.kind])).toEqual([
      ['name', 'added'],
      ['tier', 'added'],
    ]);
    expect(diffJson({ name: 'Acme' }, null)).toEqual([{ path: 'name', kind: 'removed', before: 'Acme' }]);
  });

  it('walks nested objects and arrays to readable paths', () => {
    const before = { contacts: [{ name: 'A', email: 'a@x.example' }] };
    const after = { contacts: [{ name: 'A', email: 'b@x.example' }, { name: 'B', email: 'c@x.example' }] };
    expect(diffJson(before, after)).toEqual([
      { path: 'contacts[0].email', kind: 'changed', before: 'a@x.example', after: 'b@x.example' },
      { path: 'contacts[1].name', kind: 'added', after: 'B' },
      { path: 'contacts[1].email', kind: 'added', after: 'c@x.example' },
    ]);
  });

  it('keeps unchanged paths when asked, and treats empty containers and null as values', () => {
    expect(diffJson({ a: 1, tags: [] }, { a: 1, tags: ['x'] }, true)).toEqual([
      { path: 'a', kind: 'same', before: 1, after: 1 },
      { path: 'tags', kind: 'removed', before: [] },
      { path: 'tags[0]', kind: 'added', after: 'x' },
    ]);
    expect(diffJson({ ownerId: 'u1' }, { ownerId: null })).toEqual([{ path: 'ownerId', kind: 'changed', before: 'u1', after: null }]);
  });

  it('shows a scalar before/after under an empty path', () => {
    expect(flatten('x')).toEqual(new Map([['', 'x']]));
    expect(diffJson('draft', 'active')).toEqual([{ path: '', kind: 'changed', before: 'draft', after: 'active' }]);
  });
});

describe('formatValue and entityPath', () => {
  it('prints strings as they are and the rest as JSON', () => {
    expect(formatValue('人権')).toBe('人権');
    expect(formatValue(null)).toBe('null');
    expect(formatValue([])).toBe('[]');
    expect(formatValue(undefined)).toBe('');
  });

  it('links the entities that have a page', () => {
    expect(entityPath('corrective_action', 'abc')).toBe('/corrective-actions/abc');
    expect(entityPath('user', 'abc')).toBeNull();
  });
});

describe('audit query', () => {
  it('round-trips through the address bar', () => {
    const state = { ...DEFAULT_STATE, entityType: 'supplier', actorType: 'user' as const, action: 'supplier.', from: '2026-11-01', to: '2026-11-30', page: 3 };
    expect(fromRouteQuery(toRouteQuery(state))).toEqual(state);
    expect(fromRouteQuery({ actorType: 'robot', from: '2026-13-45', pageSize: '7' })).toEqual(DEFAULT_STATE);
  });

  it('makes the "to" day inclusive by asking up to the start of the next local day', () => {
    const q = toApiQuery({ ...DEFAULT_STATE, from: '2026-11-01', to: '2026-11-30' });
    expect(q.from).toBe(new Date(2026, 10, 1).toISOString());
    expect(q.to).toBe(new Date(2026, 11, 1).toISOString());
    expect(startOfLocalDay('2026-12-31', 1)).toBe(new Date(2027, 0, 1).toISOString());
  });
});
