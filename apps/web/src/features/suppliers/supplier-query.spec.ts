import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fromRouteQuery, hasFilters, toApiQuery, toFilterQuery, toRouteQuery } from './supplier-query';

describe('supplier list query', () => {
  it('reads defaults from an empty query and writes them back as nothing', () => {
    const state = fromRouteQuery({});
    expect(state).toEqual(DEFAULT_STATE);
    expect(toRouteQuery(state)).toEqual({});
    expect(hasFilters(state)).toBe(false);
  });

  it('round-trips filters, sort and page through the address bar', () => {
    const query = { q: '部品', country: 'jp', tier: '2', riskLevel: 'high', status: 'all', sort: 'tier', order: 'desc', page: '3', pageSize: '50' };
    const state = fromRouteQuery(query);
    expect(state).toMatchObject({ q: '部品', country: 'JP', tier: 2, riskLevel: 'high', status: 'all', sort: 'tier', order: 'desc', page: 3, pageSize: 50 });
    expect(fromRouteQuery(toRouteQuery(state))).toEqual(state);
    expect(hasFilters(state)).toBe(true);
  });

  it('drops values the API would refuse', () => {
    const state = fromRouteQuery({ tier: '11', riskLevel: 'extreme', sort: 'password', order: 'up', page: '-1', pageSize: '1000', country: 'Japan', status: 'deleted' });
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('builds the API query without empty filters, and the export query without paging', () => {
    const state = { ...DEFAULT_STATE, q: '  acme ', tag: 'priority', page: 2 };
    expect(toApiQuery(state)).toEqual({ q: 'acme', tag: 'priority', status: 'active', sort: 'name', order: 'asc', page: 2, pageSize: 25 });
    expect(toFilterQuery(state)).toEqual({ q: 'acme', tag: 'priority', status: 'active', sort: 'name', order: 'asc' });
  });
});
