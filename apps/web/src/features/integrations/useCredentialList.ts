import { type Ref, onMounted, ref } from 'vue';
import { errorMessage, serverFieldErrors } from '@/app/errors';
import { notify } from '@/app/notices';

/**
 * A list of credentials on the integrations page (API keys, webhooks): loaded on mount, a
 * create form with field errors from the server, and removal after a confirming dialog.
 */
export function useCredentialList<T extends { id: string }>(opts: {
  list: () => Promise<{ items: T[] }>;
  remove: (id: string) => Promise<unknown>;
  /** The notice once removed. */
  removedNotice: (item: T) => string;
  onRemoved?: (item: T) => void;
}) {
  const items = ref([]) as Ref<T[]>;
  const loading = ref(true);
  const failure = ref<string | null>(null);
  const errors = ref<Record<string, string>>({});
  const busy = ref(false);
  const removing = ref(null) as Ref<T | null>;
  const removeOpen = ref(false);
  const removeError = ref<string | null>(null);

  async function load(): Promise<void> {
    try {
      items.value = (await opts.list()).items;
    } catch (e) {
      failure.value = errorMessage(e);
    } finally {
      loading.value = false;
    }
  }

  /** Runs a create; the list is loaded again after it, its errors are shown when it fails. */
  async function submit(create: () => Promise<void>): Promise<void> {
    failure.value = null;
    errors.value = {};
    busy.value = true;
    try {
      await create();
      await load();
    } catch (e) {
      errors.value = serverFieldErrors(e);
      failure.value = errorMessage(e);
    } finally {
      busy.value = false;
    }
  }

  function askRemove(item: T): void {
    removing.value = item;
    removeError.value = null;
    removeOpen.value = true;
  }

  async function remove(): Promise<void> {
    const item = removing.value;
    if (!item) return;
    try {
      await opts.remove(item.id);
      notify(opts.removedNotice(item));
      removeOpen.value = false;
      opts.onRemoved?.(item);
      await load();
    } catch (e) {
      removeError.value = errorMessage(e);
    }
  }

  onMounted(load);
  return { items, loading, failure, errors, busy, submit, removing, removeOpen, removeError, askRemove, remove };
}
