import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { routes } from './routes';

const names = (list: RouteRecordRaw[]): string[] =>
  list.flatMap((r) => [...(typeof r.name === 'string' ? [r.name] : []), ...names(r.children ?? [])]);

describe('routes', () => {
  it('have unique names: a name used twice would send one of the links to the other page', () => {
    const all = names(routes);
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
    expect(all).toEqual(expect.arrayContaining(['login', 'suppliers', 'campaign', 'response', 'grievance', 'grievance-report', 'portal', 'not-found']));
  });
});
