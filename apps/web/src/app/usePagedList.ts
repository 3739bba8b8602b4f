import { type Ref, ref, shallowRef } from 'vue';

export interface PagedList<S, L> {
  /** The last page received; kept while the next one loads, so the table does not flash. */
  list: Ref<L | null>;
  listLoading: Ref<boolean>;
  /** Loads one page; a newer call cancels an older one still on its way. */
  loadList: (state: S) => Promise<void>;
}

/**
 * The list half of a board's store: one page at a time from the address-bar state, where only
 * the newest request may land (typing in a filter fires several).
 */
export function usePagedList<S, L>(fetchPage: (state: S, signal: AbortSignal) => Promise<L>): PagedList<S, L> {
  const list = shallowRef<L | null>(null);
  const listLoading = ref(false);
  let current: AbortController | null = null;

  async function loadList(state: S): Promise<void> {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    listLoading.value = true;
    try {
      const page = await fetchPage(state, controller.signal);
      if (!controller.signal.aborted) list.value = page;
    } catch (e) {
      if (controller.signal.aborted) return;
      throw e;
    } finally {
      if (current === controller) {
        listLoading.value = false;
        current = null;
      }
    }
  }

  return { list, listLoading, loadList };
}
