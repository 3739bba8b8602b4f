import { type ComputedRef, type Ref, computed, onMounted, ref, watch } from 'vue';
import { type LocationQuery, useRoute, useRouter } from 'vue-router';

export interface ListPage<S> {
  /** Filters, sort and page, read from the address bar. */
  state: ComputedRef<S>;
  /** Why the last load failed, in words. */
  error: Ref<string | null>;
  load: () => Promise<void>;
  /** Changes the address bar (a filter change goes back to page 1); the page then reloads. */
  change: (patch: Partial<S>, resetPage?: boolean) => void;
}

/**
 * A list page whose state lives in the address bar: every change goes through the router, and
 * every change of the query loads the page again (back and forward included).
 */
export function useListPage<S extends { page: number }>(opts: {
  fromRouteQuery: (query: LocationQuery) => S;
  toRouteQuery: (state: S) => Record<string, string>;
  load: (state: S) => Promise<void>;
  errorText: (e: unknown) => string;
}): ListPage<S> {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => opts.fromRouteQuery(route.query));
  const error = ref<string | null>(null);

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

  watch(() => route.query, load, { deep: true });
  onMounted(load);
  return { state, error, load, change };
}
