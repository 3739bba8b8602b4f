import type { Attachment, ResponseDetail } from '@ses/api-types';
import type { Answers, Depth, Language, LocalizedText, Question, QuestionnaireDefinition } from '@ses/questionnaire';
// From the source file, not the package entry: the entry also evaluates the format's zod
// schemas and the built-in questionnaire, which this page does not need.
import { questionsInScope } from '@ses/questionnaire/scope';

export type StoredAnswer = ResponseDetail['answers'][string];
export type ThemeResult = NonNullable<ResponseDetail['result']>['themes'][string];

export interface ThemeAnswers {
  key: string;
  title: LocalizedText;
  questions: Question[];
}

// Option labels may hold commas themselves, hence the semicolon in English.
const LIST_SEPARATOR: Record<Language, string> = { ja: '、', en: '; ' };

function optionLabel(q: Question, value: unknown, lang: Language): string {
  const option = q.options?.find((o) => o.value === value);
  return option ? option.label[lang] : String(value);
}

/**
 * An answer as a buyer reads it: the chosen options' labels in the reader's language, or
 * the number, text or date. Null when unanswered; files are listed separately (null too).
 */
export function answerText(q: Question, a: StoredAnswer | undefined, lang: Language): string | null {
  const value = a?.value;
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  switch (q.type) {
    case 'file':
      return null;
    case 'yes_no':
    case 'single_choice':
      return optionLabel(q, value, lang);
    case 'multi_choice': {
      const values = Array.isArray(value) ? value : [value];
      return values.length ? values.map((v) => optionLabel(q, v, lang)).join(LIST_SEPARATOR[lang]) : null;
    }
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB').format(value) : String(value);
    default:
      return Array.isArray(value) ? value.join(LIST_SEPARATOR[lang]) : String(value);
  }
}

/** The questions the supplier was asked (its depth, `showIf` as answered), grouped by theme in document order. */
export function questionsByTheme(def: QuestionnaireDefinition, depth: Depth, answers: ResponseDetail['answers']): ThemeAnswers[] {
  const inScope = questionsInScope(def, depth, answers as Partial<Answers>);
  const groups = new Map<string, Question[]>();
  for (const q of inScope) {
    const list = groups.get(q.theme);
    if (list) list.push(q);
    else groups.set(q.theme, [q]);
  }
  return def.themes.filter((t) => groups.has(t.key)).map((t) => ({ key: t.key, title: t.title, questions: groups.get(t.key)! }));
}

/** Themes of the result in the definition's order (any theme unknown to it last). */
export function orderedThemeKeys(def: QuestionnaireDefinition | null, keys: string[]): string[] {
  if (!def) return keys;
  const order = new Map(def.themes.map((t, i) => [t.key, i]));
  return [...keys].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

export function questionIndex(def: QuestionnaireDefinition | null): Map<string, Question> {
  return new Map((def?.questions ?? []).map((q) => [q.id, q]));
}

/** Evidence files per question id. */
export function attachmentsByQuestion(attachments: Attachment[]): Map<string, Attachment[]> {
  const out = new Map<string, Attachment[]>();
  for (const a of attachments) {
    const list = out.get(a.questionId);
    if (list) list.push(a);
    else out.set(a.questionId, [a]);
  }
  return out;
}

/** "12 KB", "1.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.round(bytes / 104857.6) / 10} MB`;
}

/** Points (weights × scores) to at most two decimals: "0.5", "12". */
export function formatPoints(x: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 2 }).format(x);
}
