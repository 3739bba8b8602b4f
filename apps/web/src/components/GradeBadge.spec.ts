// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountInApp } from '@/testing/mount';
import GradeBadge from './GradeBadge.vue';

enableAutoUnmount(afterEach);

describe('GradeBadge', () => {
  it('shows the letter on its colour, with the rate for screen readers and in the tooltip', () => {
    const w = mountInApp(GradeBadge, { grade: 'Z', rate: 93.76, context: 'Labour' });
    const badge = w.get('span.grade');
    expect(badge.attributes('data-grade')).toBe('Z');
    expect(badge.classes()).toEqual(expect.arrayContaining(['grade--z', 'grade--sm']));
    expect(badge.get('[aria-hidden="true"]').text()).toBe('Z');
    // Rates are cut, not rounded, to one decimal: 93.76 stays below 93.8.
    expect(badge.get('.sr-only').text()).toBe('Z (93.7%)');
    expect(badge.attributes('title')).toBe('Labour: Z (93.7%)');
    expect(badge.find('.grade__mark').exists()).toBe(false);
  });

  it('marks an overridden grade and keeps the computed one readable', () => {
    const w = mountInApp(GradeBadge, { grade: 'C', computedGrade: 'Z', rate: 40, size: 'md' });
    const badge = w.get('span.grade');
    expect(badge.attributes('data-grade')).toBe('C');
    expect(badge.classes()).toEqual(expect.arrayContaining(['grade--c', 'grade--md']));
    expect(badge.find('.grade__mark').exists()).toBe(true);
    expect(badge.get('.sr-only').text()).toMatch(/^C \(40\.0%\)\s*\(overridden; computed: Z\)$/);
    expect(badge.attributes('title')).toBe('C (40.0%) (overridden; computed: Z)');
  });

  it('shows a dash and says "no grade" when there is none', () => {
    const w = mountInApp(GradeBadge, { grade: null, rate: null });
    const badge = w.get('span.grade');
    expect(badge.attributes('data-grade')).toBeUndefined();
    expect(badge.classes()).toContain('grade--none');
    expect(badge.get('[aria-hidden="true"]').text()).toBe('—');
    expect(badge.get('.sr-only').text()).toBe('No grade yet');
    expect(badge.attributes('title')).toBe('No grade yet');
  });
});
