import { defineStore } from 'pinia';
import { ref } from 'vue';
import { type MailSummary, mailApi } from './mail.api';

export const useMailStore = defineStore('mail', () => {
  const messages = ref<MailSummary[]>([]);
  const loading = ref(false);
  const loaded = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      messages.value = await mailApi.list();
      loaded.value = true;
    } finally {
      loading.value = false;
    }
  }

  return { messages, loading, loaded, load, get: mailApi.get };
});
