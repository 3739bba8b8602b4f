import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Campaign, User } from '@ses/api-types';
import type { LocalizedText, QuestionnaireDefinition } from '@ses/questionnaire';
import { usePagedList } from '@/app/usePagedList';
import { type BoardState, toApiQuery } from './ca-query';
import { correctiveActionsApi } from './corrective-actions.api';

export interface ThemeOption {
  key: string;
  title: LocalizedText;
}

export const useCorrectiveActionsStore = defineStore('correctiveActions', () => {
  const { list, listLoading, loadList } = usePagedList((state: BoardState, signal) => correctiveActionsApi.list(toApiQuery(state), signal));
  const campaigns = ref<Campaign[] | null>(null);
  const themes = ref<ThemeOption[]>([]);
  // A published version never changes: its themes are read once.
  const versionThemes = new Map<string, Promise<ThemeOption[]>>();
  let users: Promise<User[]> | null = null;

  function themesOf(versionId: string): Promise<ThemeOption[]> {
    let p = versionThemes.get(versionId);
    if (!p) {
      p = correctiveActionsApi.version(versionId).then((v) =>
        (v.definition as unknown as QuestionnaireDefinition).themes.map((t) => ({ key: t.key, title: t.title })),
      );
      p.catch(() => versionThemes.delete(versionId));
      versionThemes.set(versionId, p);
    }
    return p;
  }

  /**
   * Launched campaigns (drafts have no responses), and the themes of their questionnaires
   * for the theme filter: usually one or two versions.
   */
  async function loadCampaigns(force = false): Promise<void> {
    if (campaigns.value && !force) return;
    const all = await correctiveActionsApi.campaigns();
    campaigns.value = all.filter((c) => c.status !== 'draft');
    const versions = [...new Set(campaigns.value.map((c) => c.questionnaireVersionId))];
    const lists = await Promise.all(versions.map((v) => themesOf(v).catch(() => [])));
    const byKey = new Map<string, ThemeOption>();
    for (const t of lists.flat()) if (!byKey.has(t.key)) byKey.set(t.key, t);
    themes.value = [...byKey.values()];
  }

  /** Who can own an action: admins and buyers. Only admins may list users. */
  function owners(): Promise<User[]> {
    users ??= correctiveActionsApi.users().then((all) => all.filter((u) => u.role === 'admin' || u.role === 'buyer'));
    users.catch(() => (users = null));
    return users;
  }

  return { list, listLoading, campaigns, themes, loadList, loadCampaigns, themesOf, owners };
});
