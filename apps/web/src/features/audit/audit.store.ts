import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AuditEventList, AuditVerify } from '@ses/api-types';
import { type AuditState, toApiQuery } from './audit-query';
import { auditApi } from './audit.api';

export const useAuditStore = defineStore('audit', () => {
  const list = ref<AuditEventList | null>(null);
  const listLoading = ref(false);
  const verification = ref<(AuditVerify & { at: string }) | null>(null);
  const verifying = ref(false);
  let listRequest: AbortController | null = null;

  /** Loads one page of events; a newer call cancels an older one still on its way. */
  async function loadList(state: AuditState): Promise<void> {
    listRequest?.abort();
    const controller = new AbortController();
    listRequest = controller;
    listLoading.value = true;
    try {
      list.value = await auditApi.list(toApiQuery(state), controller.signal);
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

  /** Recomputes the whole hash chain on the server. */
  async function verify(): Promise<void> {
    verifying.value = true;
    try {
      verification.value = { ...(await auditApi.verify()), at: new Date().toISOString() };
    } finally {
      verifying.value = false;
    }
  }

  return { list, listLoading, verification, verifying, loadList, verify };
});
