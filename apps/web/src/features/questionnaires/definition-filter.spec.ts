import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTER,
  countQuestions,
  filterFromQuery,
  filterQuestions,
  filterToQuery,
  groupByTheme,
  isFiltered,
} from './definition-filter';
import { fixture } from './test-fixture';

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('version viewer filters', () => {
  it('round-trips through the address bar and drops unknown values', () => {
    expect(filterFromQuery({})).toEqual(DEFAULT_FILTER);
    expect(filterToQuery(DEFAULT_FILTER)).toEqual({});
    const f = filterFromQuery({ theme: 'labour', depth: 'extended', critical: '1', q: ' policy ' });
    expect(f).toEqual({ theme: 'labour', depth: 'extended', criticalOnly: true, q: ' policy ' });
    expect(filterToQuery(f)).toEqual({ theme: 'labour', depth: 'extended', critical: '1', q: 'policy' });
    expect(filterFromQuery({ depth: 'deep', critical: 'yes' })).toEqual(DEFAULT_FILTER);
    expect(isFiltered(DEFAULT_FILTER)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTER, q: '  ' })).toBe(false);
  });

  it('filters by theme, depth and critical', () => {
    const d = fixture();
    expect(ids(filterQuestions(d, DEFAULT_FILTER))).toEqual(ids(d.questions));
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, theme: 'general' }))).toEqual(['GEN-01', 'GEN-02']);
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, depth: 'extended' }))).toEqual(['LAB-03', 'LAB-06']);
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, criticalOnly: true }))).toEqual(['GEN-01']);
    expect(filterQuestions(d, { ...DEFAULT_FILTER, theme: 'general', depth: 'extended' })).toEqual([]);
  });

  it('searches ids, texts of both languages and option labels, every word, ignoring width and case', () => {
    const d = fixture();
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, q: 'lab-0' }))).toEqual(['LAB-01', 'LAB-02', 'LAB-03', 'LAB-04', 'LAB-05', 'LAB-06']);
    // Full-width input, as typed with a Japanese keyboard.
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, q: 'ＧＥＮ－０２' }))).toEqual(['GEN-02']);
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, q: 'Policy?（日本語）' }))).toEqual(['GEN-01']);
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, q: 'partial' }))).toEqual(['GEN-02']);
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, q: 'adopt policy' }))).toEqual(['GEN-01']);
    expect(ids(filterQuestions(d, { ...DEFAULT_FILTER, q: 'adopt interns' }))).toEqual([]);
  });

  it('groups by theme in the definition order and counts depths and critical questions', () => {
    const d = fixture();
    const reversed = [...d.questions].reverse();
    const groups = groupByTheme(d.themes, reversed);
    expect(groups.map((g) => g.theme.key)).toEqual(['general', 'labour']);
    expect(ids(groups[0].questions)).toEqual(['GEN-02', 'GEN-01']);
    expect(groupByTheme(d.themes, filterQuestions(d, { ...DEFAULT_FILTER, theme: 'labour' })).map((g) => g.theme.key)).toEqual(['labour']);
    expect(countQuestions(d.questions)).toEqual({ total: 8, core: 6, extended: 2, critical: 1 });
  });
});
