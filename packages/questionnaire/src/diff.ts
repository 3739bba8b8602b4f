import type { Question, QuestionnaireDefinition, Theme } from './format.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  kind: ChangeKind;
  /** A question id or a theme key. */
  id: string;
  /** For `changed`: each field that differs, e.g. `text.ja`, `options`, `critical`. */
  fields: FieldChange[];
}

export interface DefinitionDiff {
  title: FieldChange[];
  themes: ItemChange[];
  questions: ItemChange[];
}

/**
 * What changed between two versions of a questionnaire: themes and questions added,
 * removed or changed (field by field), matched by their stable key and id.
 */
export function diffDefinitions(before: QuestionnaireDefinition, after: QuestionnaireDefinition): DefinitionDiff {
  return {
    title: fieldChanges({ title: before.title, description: before.description }, { title: after.title, description: after.description }),
    themes: diffItems<Theme>(before.themes, after.themes, (t) => t.key),
    questions: diffItems<Question>(before.questions, after.questions, (q) => q.id),
  };
}

function diffItems<T extends object>(before: T[], after: T[], idOf: (x: T) => string): ItemChange[] {
  const old = new Map(before.map((x) => [idOf(x), x]));
  const now = new Map(after.map((x) => [idOf(x), x]));
  const out: ItemChange[] = [];
  for (const [id, x] of now) {
    const prev = old.get(id);
    if (!prev) out.push({ kind: 'added', id, fields: [] });
    else {
      const fields = fieldChanges(prev, x);
      if (fields.length) out.push({ kind: 'changed', id, fields });
    }
  }
  for (const id of old.keys()) if (!now.has(id)) out.push({ kind: 'removed', id, fields: [] });
  return out;
}

/** Field paths one level into bilingual texts (`text.ja`), whole values otherwise. */
function fieldChanges(a: object, b: object): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (same(x, y)) continue;
    if (isText(x) && isText(y)) {
      for (const lang of ['ja', 'en'] as const) if (x[lang] !== y[lang]) changes.push({ field: `${key}.${lang}`, before: x[lang], after: y[lang] });
    } else {
      changes.push({ field: key, before: x, after: y });
    }
  }
  return changes;
}

const isText = (v: unknown): v is { ja: string; en: string } =>
  typeof v === 'object' && v !== null && 'ja' in v && 'en' in v && Object.keys(v).length === 2;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
