import type { LocationQuery } from 'vue-router';
import type { Depth, LocalizedText, Question, QuestionnaireDefinition, Theme } from '@ses/questionnaire';

/** The version viewer's filters, kept in the address bar so a filtered view can be shared. */
export interface QuestionFilter {
  theme: string;
  depth: Depth | 'all';
  criticalOnly: boolean;
  q: string;
}

export const DEFAULT_FILTER: QuestionFilter = { theme: '', depth: 'all', criticalOnly: false, q: '' };

const one = (v: LocationQuery[string]): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

export function filterFromQuery(query: LocationQuery): QuestionFilter {
  const depth = one(query.depth);
  return {
    theme: one(query.theme),
    depth: depth === 'core' || depth === 'extended' ? depth : 'all',
    criticalOnly: one(query.critical) === '1',
    q: one(query.q),
  };
}

/** Only what differs from the defaults, so a plain view has a plain address. */
export function filterToQuery(filter: QuestionFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.theme) out.theme = filter.theme;
  if (filter.depth !== 'all') out.depth = filter.depth;
  if (filter.criticalOnly) out.critical = '1';
  if (filter.q.trim()) out.q = filter.q.trim();
  return out;
}

export function isFiltered(filter: QuestionFilter): boolean {
  return Object.keys(filterToQuery(filter)).length > 0;
}

/** Full-width letters and digits typed by a Japanese keyboard match their ASCII forms. */
export function normalizeSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

function texts(t: LocalizedText | undefined): string[] {
  return t ? [t.ja, t.en] : [];
}

/** What the search looks through: the id, the reference and every text in both languages. */
export function searchableText(question: Question): string {
  return normalizeSearch(
    [
      question.id,
      question.reference ?? '',
      ...texts(question.text),
      ...texts(question.help),
      ...texts(question.guidance),
      ...(question.options ?? []).flatMap((o) => [o.value, ...texts(o.label)]),
    ].join('\n'),
  );
}

export function filterQuestions(definition: QuestionnaireDefinition, filter: QuestionFilter): Question[] {
  // Every word must appear somewhere (in either language).
  const words = normalizeSearch(filter.q).split(/\s+/).filter(Boolean);
  return definition.questions.filter((q) => {
    if (filter.theme && q.theme !== filter.theme) return false;
    if (filter.depth !== 'all' && q.depth !== filter.depth) return false;
    if (filter.criticalOnly && !q.critical) return false;
    if (words.length) {
      const haystack = searchableText(q);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

export interface ThemeGroup {
  theme: Theme;
  questions: Question[];
}

/** Questions under their themes, in the definition's order; themes left empty are dropped. */
export function groupByTheme(themes: readonly Theme[], questions: readonly Question[]): ThemeGroup[] {
  const byTheme = new Map<string, Question[]>();
  for (const q of questions) {
    const list = byTheme.get(q.theme);
    if (list) list.push(q);
    else byTheme.set(q.theme, [q]);
  }
  return themes.filter((t) => byTheme.has(t.key)).map((theme) => ({ theme, questions: byTheme.get(theme.key)! }));
}

export interface QuestionCounts {
  total: number;
  core: number;
  extended: number;
  critical: number;
}

export function countQuestions(questions: readonly Question[]): QuestionCounts {
  const counts: QuestionCounts = { total: questions.length, core: 0, extended: 0, critical: 0 };
  for (const q of questions) {
    counts[q.depth]++;
    if (q.critical) counts.critical++;
  }
  return counts;
}
