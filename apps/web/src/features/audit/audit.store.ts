import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AuditVerify } from '@ses/api-types';
import { usePagedList } from '@/app/usePagedList';
import { type AuditState, toApiQuery } from './audit-query';
import { auditApi } from './audit.api';

export const useAuditStore = defineStore('audit', () => {
  const { list, listLoading, loadList } = usePagedList((state: AuditState, signal) => auditApi.list(toApiQuery(state), signal));
  const verification = ref<(AuditVerify & { at: string }) | null>(null);
  const verifying = ref(false);

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
