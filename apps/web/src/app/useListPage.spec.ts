import { describe, expect, it, vi } from 'vitest';
import { createRenderer, defineComponent } from 'vue';
import { type LocationQuery, createMemoryHistory, createRouter } from 'vue-router';
import { type ListPage, useListPage } from './useListPage';

interface State {
  status: string;
  page: number;
  pageSize: number;
}

function one(v: LocationQuery[string]): string {
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

const fromRouteQuery = (q: LocationQuery): State => ({
  status: one(q.status),
  page: Number(one(q.page)) || 1,
  pageSize: Number(one(q.pageSize)) || 25,
});
const toRouteQuery = (s: State): Record<string, string> => ({
  ...(s.status ? { status: s.status } : {}),
  ...(s.page !== 1 ? { page: String(s.page) } : {}),
  ...(s.pageSize !== 25 ? { pageSize: String(s.pageSize) } : {}),
});

/** A renderer without a DOM (the tests run under node): enough to mount a component that renders nothing. */
interface TestNode {
  children: TestNode[];
  parent: TestNode | null;
}
const { createApp } = createRenderer<TestNode, TestNode>({
  createElement: () => ({ children: [], parent: null }),
  createText: () => ({ children: [], parent: null }),
  createComment: () => ({ children: [], parent: null }),
  setText: () => undefined,
  setElementText: () => undefined,
  patchProp: () => undefined,
  insert: (child, parent) => {
    child.parent = parent;
    parent.children.push(child);
  },
  remove: (child) => {
    if (child.parent) child.parent.children = child.parent.children.filter((c) => c !== child);
    child.parent = null;
  },
  parentNode: (node) => node.parent,
  nextSibling: (node) => (node.parent ? (node.parent.children[node.parent.children.indexOf(node) + 1] ?? null) : null),
});

async function mountListPage(query: Record<string, string>, extra: { afterPageChange?: (page: number) => void } = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/list', component: { render: () => null } }] });
  await router.push({ path: '/list', query });
  const loads: State[] = [];
  let page!: ListPage<State>;
  const Host = defineComponent({
    setup() {
      page = useListPage<State>({
        fromRouteQuery,
        toRouteQuery,
        load: async (s) => void loads.push(s),
        errorText: String,
        pageSizes: [25, 50, 100] as const,
        ...extra,
      });
      return () => null;
    },
  });
  const app = createApp(Host).use(router);
  app.mount({ children: [], parent: null });
  return { router, page, loads, unmount: () => app.unmount() };
}

describe('useListPage pagination', () => {
  it('gives UiPagination the page, page size, page sizes and total', async () => {
    const { page, unmount } = await mountListPage({ status: 'open', page: '3', pageSize: '50' });
    expect(page.pagination(120)).toMatchObject({ page: 3, pageSize: 50, pageSizes: [25, 50, 100], total: 120 });
    unmount();
  });

  it('changes the page in the address bar, keeping the filters and the page size', async () => {
    const afterPageChange = vi.fn();
    const { router, page, loads, unmount } = await mountListPage({ status: 'open', page: '2', pageSize: '50' }, { afterPageChange });
    page.pagination(500)['onUpdate:page'](4);
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'open', page: '4', pageSize: '50' }));
    expect(page.state.value).toEqual({ status: 'open', page: 4, pageSize: 50 });
    await vi.waitFor(() => expect(loads.at(-1)).toEqual({ status: 'open', page: 4, pageSize: 50 }));
    expect(afterPageChange).toHaveBeenCalledWith(4);
    unmount();
  });

  it('changes the page size in the address bar, keeping the filters and going back to page 1', async () => {
    const afterPageChange = vi.fn();
    const { router, page, loads, unmount } = await mountListPage({ status: 'open', page: '3' }, { afterPageChange });
    page.pagination(500)['onUpdate:pageSize'](100);
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'open', pageSize: '100' }));
    expect(page.state.value).toEqual({ status: 'open', page: 1, pageSize: 100 });
    await vi.waitFor(() => expect(loads.at(-1)).toEqual({ status: 'open', page: 1, pageSize: 100 }));
    expect(afterPageChange).not.toHaveBeenCalled();
    unmount();
  });
});
