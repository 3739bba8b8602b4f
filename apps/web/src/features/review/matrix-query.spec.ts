import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATRIX_STATE,
  ariaSort,
  matrixApiQuery,
  matrixExportQuery,
  matrixStateFromQuery,
  matrixStateToQuery,
  withFilter,
  withSort,
} from './matrix-query';

describe('matrix query', () => {
  it('an empty query is the default state', () => {
    expect(matrixStateFromQuery({})).toEqual(DEFAULT_MATRIX_STATE);
    expect(matrixStateToQuery(DEFAULT_MATRIX_STATE)).toEqual({});
  });

  it('round-trips through the route query', () => {
    const state = {
      ...DEFAULT_MATRIX_STATE,
      q: 'acme',
      productType: 'Textiles',
      country: 'JP',
      tier: 2,
      status: 'submitted',
      grade: 'Z',
      theme: 'labour',
      sort: 'theme:labour',
      order: 'desc' as const,
      page: 3,
      pageSize: 200,
    };
    const query = matrixStateToQuery(state);
    expect(query).toMatchObject({ grade: 'Z', theme: 'labour', tier: '2', page: '3', pageSize: '200', sort: 'theme:labour' });
    expect(matrixStateFromQuery(query as Record<string, string>)).toEqual(state);
  });

  it('drops malformed values instead of sending them to the API', () => {
    const s = matrixStateFromQuery({ tier: 'x', status: 'lost', grade: 'E', theme: 'Bad Key', sort: 'theme:', order: 'up', page: '0', pageSize: '75', country: 'japan' });
    expect(s).toEqual(DEFAULT_MATRIX_STATE);
  });

  it('takes the first of repeated values and upper-cases the country', () => {
    expect(matrixStateFromQuery({ q: ['a', 'b'], country: 'jp' })).toMatchObject({ q: 'a', country: 'JP' });
  });

  it('sends the theme only with a grade, and no paging for exports', () => {
    const s = { ...DEFAULT_MATRIX_STATE, theme: 'labour' };
    expect(matrixApiQuery(s).theme).toBeUndefined();
    expect(matrixApiQuery({ ...s, grade: 'Z' })).toMatchObject({ grade: 'Z', theme: 'labour', page: 1, pageSize: 50 });
    const e = matrixExportQuery({ ...s, grade: 'Z', page: 4 });
    expect(e).not.toHaveProperty('page');
    expect(e).not.toHaveProperty('pageSize');
    expect(e).toMatchObject({ grade: 'Z', sort: 'supplier', order: 'asc' });
  });

  it('a filter change goes back to page 1; a page change keeps it', () => {
    const s = { ...DEFAULT_MATRIX_STATE, page: 5 };
    expect(withFilter(s, 'grade', 'Z').page).toBe(1);
    expect(withFilter(s, 'page', 7).page).toBe(7);
  });

  it('sorting flips on the same column, rates start with the highest', () => {
    const s = withSort(DEFAULT_MATRIX_STATE, 'supplier');
    expect(s.order).toBe('desc');
    expect(withSort(DEFAULT_MATRIX_STATE, 'theme:labour')).toMatchObject({ sort: 'theme:labour', order: 'desc' });
    expect(withSort(DEFAULT_MATRIX_STATE, 'status').order).toBe('asc');
    expect(ariaSort(DEFAULT_MATRIX_STATE, 'supplier')).toBe('ascending');
    expect(ariaSort(DEFAULT_MATRIX_STATE, 'overall')).toBe('none');
  });
});
