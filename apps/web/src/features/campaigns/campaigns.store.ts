import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Campaign, CreateCampaignRequest } from '@ses/api-types';
import type { LocalizedText, QuestionnaireDefinition } from '@ses/questionnaire';
import { campaignsApi, type UpdateCampaignRequest } from './campaigns.api';

export interface PublishedVersion {
  versionId: string;
  title: LocalizedText;
  version: number;
  builtIn: boolean;
}

export const useCampaignsStore = defineStore('campaigns', () => {
  const list = ref<Campaign[] | null>(null);
  const listLoading = ref(false);
  /** Published versions never change, so their definitions are kept once loaded. */
  const definitions = new Map<string, Promise<QuestionnaireDefinition>>();

  async function loadList(): Promise<void> {
    listLoading.value = true;
    try {
      list.value = await campaignsApi.list();
    } finally {
      listLoading.value = false;
    }
  }

  /** Keeps the list in step with a campaign just read or changed. */
  function remember(c: Campaign): Campaign {
    if (list.value) {
      const i = list.value.findIndex((x) => x.id === c.id);
      if (i >= 0) list.value[i] = c;
      else list.value.unshift(c);
    }
    return c;
  }

  const get = async (id: string) => remember(await campaignsApi.get(id));
  const create = async (body: CreateCampaignRequest) => remember(await campaignsApi.create(body));
  const update = async (id: string, body: UpdateCampaignRequest) => remember(await campaignsApi.update(id, body));
  const close = async (id: string) => remember(await campaignsApi.close(id));

  async function launch(id: string): Promise<Campaign> {
    await campaignsApi.launch(id);
    return get(id);
  }

  /**
   * The questionnaire versions a campaign can use: each questionnaire's published one. The
   * summary's `latestVersion` is the published version unless a draft is open; then the
   * questionnaire's version list tells.
   */
  async function publishedVersions(): Promise<PublishedVersion[]> {
    const published = (await campaignsApi.questionnaires()).filter((q) => q.publishedVersionId);
    return Promise.all(
      published.map(async (q) => {
        let version = q.latestVersion;
        if (q.draftVersionId) {
          const detail = await campaignsApi.questionnaire(q.id);
          version = detail.versions.find((v) => v.id === q.publishedVersionId)?.version ?? version;
        }
        return { versionId: q.publishedVersionId!, title: q.title, version, builtIn: q.builtIn };
      }),
    );
  }

  function definition(versionId: string): Promise<QuestionnaireDefinition> {
    let p = definitions.get(versionId);
    if (!p) {
      p = campaignsApi.version(versionId).then((v) => v.definition as unknown as QuestionnaireDefinition);
      p.catch(() => definitions.delete(versionId));
      definitions.set(versionId, p);
    }
    return p;
  }

  return { list, listLoading, loadList, get, create, update, launch, close, publishedVersions, definition };
});
