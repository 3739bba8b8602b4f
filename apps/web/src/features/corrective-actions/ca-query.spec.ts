import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD, fromRouteQuery, hasFilters, toApiQuery, toRouteQuery } from './ca-query';

const CAMPAIGN = '3a99135e-96a4-4b13-aab1-686b301734ea';

describe('board query', () => {
  it('shows open actions by default', () => {
    expect(fromRouteQuery({})).toEqual(DEFAULT_BOARD);
    expect(toApiQuery(DEFAULT_BOARD)).toEqual({ page: 1, pageSize: 25, status: 'open' });
    expect(hasFilters(DEFAULT_BOARD)).toBe(false);
  });

  it('round-trips through the address bar, leaving defaults out', () => {
    const state = { ...DEFAULT_BOARD, status: 'plan_submitted' as const, overdue: true, theme: 'labour', campaignId: CAMPAIGN, page: 2 };
    const query = toRouteQuery(state);
    expect(query).toEqual({ status: 'plan_submitted', overdue: 'true', theme: 'labour', campaignId: CAMPAIGN, page: '2' });
    expect(fromRouteQuery(query)).toEqual(state);
    expect(toRouteQuery(DEFAULT_BOARD)).toEqual({});
  });

  it('sends every status when "all" is chosen', () => {
    const q = toApiQuery({ ...DEFAULT_BOARD, status: 'all', overdue: true });
    expect(q.status).toBeUndefined();
    expect(q.overdue).toBe('true');
  });

  it('drops malformed values instead of sending them to the API', () => {
    const s = fromRouteQuery({ status: 'nope', theme: 'DROP TABLE', campaignId: '123', page: '-1', pageSize: '7' });
    expect(s).toEqual(DEFAULT_BOARD);
  });
});
