import { type ComputedRef, type Ref, computed, onMounted, ref, watch } from 'vue';
import { type LocationQuery, useRoute, useRouter } from 'vue-router';

/** What `<UiPagination v-bind="pagination(total)" />` needs: its props and its two listeners. */
export interface PaginationBinding {
  page: number;
  pageSize: number;
  pageSizes?: number[];
  total: number;
  'onUpdate:page': (page: number) => void;
  'onUpdate:pageSize': (pageSize: number) => void;
}

export interface ListPage<S> {
  /** Filters, sort and page, read from the address bar. */
  state: ComputedRef<S>;
  /** Why the last load failed, in words. */
  error: Ref<string | null>;
  load: () => Promise<void>;
  /** Changes the address bar (a filter change goes back to page 1); the page then reloads. */
  change: (patch: Partial<S>, resetPage?: boolean) => void;
  /**
   * UiPagination's props and listeners for a list of `total` rows: another page keeps the
   * filters; another page size keeps them too but goes back to page 1.
   */
  pagination: (total: number) => PaginationBinding;
}

/**
 * A list page whose state lives in the address bar: every change goes through the router, and
 * every change of the query loads the page again (back and forward included).
 */
export function useListPage<S extends { page: number; pageSize: number }>(opts: {
  fromRouteQuery: (query: LocationQuery) => S;
  toRouteQuery: (state: S) => Record<string, string>;
  load: (state: S) => Promise<void>;
  errorText: (e: unknown) => string;
  /** The page sizes offered by the pagination (UiPagination's own when left out). */
  pageSizes?: readonly number[];
  /** Called once the pagination has asked for another page, e.g. to scroll back to the top. */
  afterPageChange?: (page: number) => void;
}): ListPage<S> {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => opts.fromRouteQuery(route.query));
  const error = ref<string | null>(null);
  const pageSizes = opts.pageSizes ? [...opts.pageSizes] : undefined;

  async function load(): Promise<void> {
    error.value = null;
    try {
      await opts.load(state.value);
    } catch (e) {
      error.value = opts.errorText(e);
    }
  }

  function change(patch: Partial<S>, resetPage = true): void {
    const next: S = { ...state.value, ...patch };
    if (resetPage && !('page' in patch)) next.page = 1;
    void router.replace({ query: opts.toRouteQuery(next) });
  }

  function pagination(total: number): PaginationBinding {
    return {
      page: state.value.page,
      pageSize: state.value.pageSize,
      pageSizes,
      total,
      'onUpdate:page': (page) => {
        change({ page } as Partial<S>, false);
        opts.afterPageChange?.(page);
      },
      'onUpdate:pageSize': (pageSize) => change({ pageSize } as Partial<S>),
    };
  }

  watch(() => route.query, load, { deep: true });
  onMounted(load);
  return { state, error, load, change, pagination };
}
