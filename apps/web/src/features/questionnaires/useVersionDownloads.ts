import { ref } from 'vue';
import type { Depth, Language } from '@ses/questionnaire';
import { saveBlob } from '@/app/download';
import { notify } from '@/app/notices';
import { questionnaireError } from './questionnaire-errors';
import { questionnairesApi } from './questionnaires.api';

/** Downloads of a version (with the bearer token, hence fetch and a Blob, not a link). */
export function useVersionDownloads() {
  /** What is downloading: `json:<versionId>` or `sheet:<versionId>`. */
  const busy = ref<string | null>(null);

  async function run(key: string, get: () => Promise<{ blob: Blob; fileName: string }>): Promise<boolean> {
    busy.value = key;
    try {
      const { blob, fileName } = await get();
      saveBlob(blob, fileName);
      return true;
    } catch (e) {
      notify(questionnaireError(e), 'danger');
      return false;
    } finally {
      busy.value = null;
    }
  }

  return {
    busy,
    exportJson: (versionId: string) => run(`json:${versionId}`, () => questionnairesApi.exportJson(versionId)),
    answerSheet: (versionId: string, depth: Depth, lang: Language) =>
      run(`sheet:${versionId}`, () => questionnairesApi.answerSheet(versionId, depth, lang)),
  };
}
