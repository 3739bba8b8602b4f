import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { routes } from './routes';

function names(records: readonly RouteRecordRaw[]): string[] {
  return records.flatMap((r) => [...(r.name ? [String(r.name)] : []), ...names(r.children ?? [])]);
}

describe('routes', () => {
  it('have unique names: a second record with a name silently replaces the first', () => {
    const all = names(routes);
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
    expect(all.length).toBeGreaterThan(20);
    // Every feature's routes.ts is composed in: a page of each face is there.
    expect(all).toEqual(expect.arrayContaining(['login', 'suppliers', 'campaign', 'response', 'grievance', 'grievance-report', 'portal', 'not-found']));
  });

  it('resolve a console grievance and the public grievance page to their own views', () => {
    const router = createRouter({ history: createMemoryHistory(), routes });
    const id = '0b6f2a8e-3c1d-4e5f-9a7b-1c2d3e4f5a6b';
    expect(router.resolve(`/grievances/${id}`).name).toBe('grievance');
    expect(router.resolve({ name: 'grievance', params: { id } }).fullPath).toBe(`/grievances/${id}`);
    expect(router.resolve({ name: 'grievance-report', params: { slug: 'acme' } }).fullPath).toBe('/g/acme');
    expect(router.resolve({ name: 'grievance-track', params: { slug: 'acme' } }).fullPath).toBe('/g/acme/track');
  });
});
