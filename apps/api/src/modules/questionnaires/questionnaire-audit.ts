import type { QuestionnaireDefinition } from '@ses/questionnaire';
import { hashDefinition } from './questionnaires.service';

/**
 * What the audit log keeps of a definition: its hash (which names the exact content), its
 * title and size — not the whole document, which is stored in its version and can weigh
 * hundreds of kilobytes.
 */
export function definitionSummary(d: QuestionnaireDefinition) {
  return { key: d.key, title: d.title, contentHash: hashDefinition(d), themeCount: d.themes.length, questionCount: d.questions.length };
}

/** Which questions a draft edit added, removed or changed, and whether the themes changed. */
export function definitionChanges(before: QuestionnaireDefinition, after: QuestionnaireDefinition) {
  const was = new Map(before.questions.map((q) => [q.id, JSON.stringify(q)]));
  const now = new Map(after.questions.map((q) => [q.id, JSON.stringify(q)]));
  return {
    addedQuestions: [...now.keys()].filter((id) => !was.has(id)),
    removedQuestions: [...was.keys()].filter((id) => !now.has(id)),
    changedQuestions: [...now.keys()].filter((id) => was.has(id) && was.get(id) !== now.get(id)),
    themesChanged: JSON.stringify(before.themes) !== JSON.stringify(after.themes),
  };
}
