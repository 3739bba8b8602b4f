// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { mountInApp } from '@/testing/mount';
import UiPagination from './UiPagination.vue';

enableAutoUnmount(afterEach);

const pageButtons = (w: ReturnType<typeof mountInApp>) => w.findAll('.pagination__pages li').map((li) => li.text().replace(/[‹›]/g, '').trim());

describe('UiPagination', () => {
  it('shows the first, the last and the pages around the current one, with gaps', () => {
    const w = mountInApp(UiPagination, { page: 6, pageSize: 25, total: 300 });
    expect(pageButtons(w)).toEqual(['Previous', '1', '…', '5', '6', '7', '…', '12', 'Next']);
    expect(w.get('[aria-current="page"]').text()).toBe('6');
    expect(w.findAll('[aria-current]')).toHaveLength(1);
    expect(w.get('.pagination__summary').text()).toBe('126–150 of 300');
  });

  it('asks for the next and previous page, and for a page by its number', async () => {
    const w = mountInApp(UiPagination, { page: 6, pageSize: 25, total: 300 });
    await w.get('button[aria-label="Page 12"]').trigger('click');
    await w.findAll('button').find((b) => b.text().includes('Next'))!.trigger('click');
    await w.findAll('button').find((b) => b.text().includes('Previous'))!.trigger('click');
    // The current page asks for nothing.
    await w.get('button[aria-current="page"]').trigger('click');
    expect(w.emitted('update:page')).toEqual([[12], [7], [5]]);
  });

  it('cannot go before the first or past the last page', async () => {
    const w = mountInApp(UiPagination, { page: 1, pageSize: 25, total: 20 });
    expect(pageButtons(w)).toEqual(['Previous', '1', 'Next']);
    const [prev, , next] = w.findAll('button');
    expect(prev.attributes('disabled')).toBeDefined();
    expect(next.attributes('disabled')).toBeDefined();
    expect(w.get('.pagination__summary').text()).toBe('1–20 of 20');
  });

  it('asks for another page size as a number', async () => {
    const w = mountInApp(UiPagination, { page: 2, pageSize: 25, total: 80 });
    await w.get('select').setValue('50');
    expect(w.emitted('update:pageSize')).toEqual([[50]]);
  });

  it('says 0–0 of 0 for an empty list', () => {
    const w = mountInApp(UiPagination, { page: 1, pageSize: 25, total: 0 });
    expect(w.get('.pagination__summary').text()).toBe('0–0 of 0');
  });
});
