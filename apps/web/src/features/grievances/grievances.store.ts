import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { GrievanceList } from '@ses/api-types';
import { type GrievanceBoardState, toApiQuery } from './grievance-query';
import { grievancesApi } from './grievances.api';

export const useGrievancesStore = defineStore('grievances', () => {
  const list = ref<GrievanceList | null>(null);
  const listLoading = ref(false);
  let listRequest: AbortController | null = null;

  /** Loads one page of the board; a newer call cancels an older one still on its way. */
  async function loadList(state: GrievanceBoardState): Promise<void> {
    listRequest?.abort();
    const controller = new AbortController();
    listRequest = controller;
    listLoading.value = true;
    try {
      list.value = await grievancesApi.list(toApiQuery(state), controller.signal);
    } catch (e) {
      if (controller.signal.aborted) return;
      throw e;
    } finally {
      if (listRequest === controller) {
        listLoading.value = false;
        listRequest = null;
      }
    }
  }

  return { list, listLoading, loadList };
});
