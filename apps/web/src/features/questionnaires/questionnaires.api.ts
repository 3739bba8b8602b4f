import type { QuestionnaireDetail, QuestionnaireSummary, QuestionnaireVersion } from '@ses/api-types';
import type { Depth, Language } from '@ses/questionnaire';
import { http } from '@/app/http';

/** `POST /questionnaires`, `/import` and `/:id/drafts`: the questionnaire and its new draft. */
export interface CreatedDraft {
  id: string;
  draftVersionId: string;
}

const path = (id: string) => `/questionnaires/${encodeURIComponent(id)}`;
const versionPath = (versionId: string) => `/questionnaires/versions/${encodeURIComponent(versionId)}`;

export const questionnairesApi = {
  list: () => http.get<QuestionnaireSummary[]>('/questionnaires'),
  get: (id: string) => http.get<QuestionnaireDetail>(path(id)),
  version: (versionId: string) => http.get<QuestionnaireVersion>(versionPath(versionId)),
  create: (definition: unknown) => http.post<CreatedDraft>('/questionnaires', { definition }),
  import(file: File): Promise<CreatedDraft> {
    const body = new FormData();
    body.append('file', file, file.name);
    return http.post<CreatedDraft>('/questionnaires/import', body);
  },
  saveDraft: (id: string, definition: unknown) => http.put<QuestionnaireVersion>(`${path(id)}/draft`, { definition }),
  discardDraft: (id: string) => http.delete(`${path(id)}/draft`),
  publish: (id: string) => http.post<{ publishedVersionId: string }>(`${path(id)}/publish`),
  /** For a built-in questionnaire the answer names a new questionnaire: the organisation's own copy. */
  newDraft: (id: string, fromVersionId?: string) =>
    http.post<CreatedDraft>(`${path(id)}/drafts`, fromVersionId ? { fromVersionId } : {}),
  exportJson: (versionId: string) => http.blob(`${versionPath(versionId)}/export`, 'questionnaire.json'),
  answerSheet: (versionId: string, depth: Depth, lang: Language) =>
    http.blob(`${versionPath(versionId)}/answer-sheet`, `answer-sheet-${depth}-${lang}.xlsx`, { query: { depth, lang } }),
};
