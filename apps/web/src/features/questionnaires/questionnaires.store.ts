import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { QuestionnaireSummary, QuestionnaireVersion } from '@ses/api-types';
import { questionnairesApi } from './questionnaires.api';

export const useQuestionnairesStore = defineStore('questionnaires', () => {
  const list = ref<QuestionnaireSummary[] | null>(null);
  const listLoading = ref(false);
  // A published version never changes, so its (large) definition is fetched once.
  const published = new Map<string, QuestionnaireVersion>();

  async function loadList(): Promise<void> {
    listLoading.value = true;
    try {
      list.value = await questionnairesApi.list();
    } finally {
      listLoading.value = false;
    }
  }

  async function version(versionId: string): Promise<QuestionnaireVersion> {
    const known = published.get(versionId);
    if (known) return known;
    const v = await questionnairesApi.version(versionId);
    if (v.status === 'published') published.set(versionId, v);
    return v;
  }

  /** Every write changes what the library shows: it is loaded afresh next time. */
  async function changed<T>(p: Promise<T>): Promise<T> {
    const result = await p;
    list.value = null;
    return result;
  }

  return {
    list,
    listLoading,
    loadList,
    version,
    get: questionnairesApi.get,
    create: (definition: unknown) => changed(questionnairesApi.create(definition)),
    importFile: (file: File) => changed(questionnairesApi.import(file)),
    saveDraft: (id: string, definition: unknown) => changed(questionnairesApi.saveDraft(id, definition)),
    discardDraft: (id: string) => changed(questionnairesApi.discardDraft(id)),
    publish: (id: string) => changed(questionnairesApi.publish(id)),
    newDraft: (id: string, fromVersionId?: string) => changed(questionnairesApi.newDraft(id, fromVersionId)),
  };
});
