import type { LocalizedText, QuestionnaireDefinition } from '@ses/questionnaire';
import { type ChangeKind, type DefinitionDiff, type FieldChange, type ItemChange, diffDefinitions } from './questionnaire-lib';

export interface ValueChange {
  before: unknown;
  after: unknown;
}

/**
 * One row of a changed item: a bilingual field (`text`) with what changed in each language,
 * or any other field with its value before and after.
 */
export type FieldRow =
  | { kind: 'text'; field: string; ja: ValueChange | null; en: ValueChange | null }
  | { kind: 'value'; field: string; change: ValueChange };

export interface ItemRow {
  kind: ChangeKind;
  id: string;
  /** The question's text or the theme's title (the newer one), to say what the id is. */
  label: LocalizedText | null;
  /** For questions: the theme key (of the newer version when both have it). */
  theme: string | null;
  fields: FieldRow[];
}

export type KindCounts = Record<ChangeKind, number>;

export interface DiffSummary {
  questions: KindCounts;
  themes: KindCounts;
  /** Fields of the questionnaire itself (title, description) that changed. */
  header: number;
  total: number;
}

export interface DiffPresentation {
  summary: DiffSummary;
  header: FieldRow[];
  themes: ItemRow[];
  questions: ItemRow[];
}

const LANGS = ['ja', 'en'] as const;

const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as LocalizedText).ja === 'string' && typeof (v as LocalizedText).en === 'string';

/**
 * Groups the diff's fields for display: `text.ja` and `text.en` become one `text` row with a
 * column per language; a bilingual field added or removed whole (`help`) is split the same way.
 */
export function groupFields(fields: readonly FieldChange[]): FieldRow[] {
  const rows: FieldRow[] = [];
  const texts = new Map<string, Extract<FieldRow, { kind: 'text' }>>();
  const textRow = (field: string) => {
    let row = texts.get(field);
    if (!row) {
      row = { kind: 'text', field, ja: null, en: null };
      texts.set(field, row);
      rows.push(row);
    }
    return row;
  };
  for (const f of fields) {
    const lang = /^(.+)\.(ja|en)$/.exec(f.field);
    if (lang) {
      textRow(lang[1])[lang[2] as 'ja' | 'en'] = { before: f.before, after: f.after };
    } else if ((isText(f.before) || f.before === undefined) && (isText(f.after) || f.after === undefined) && f.before !== f.after) {
      const row = textRow(f.field);
      for (const l of LANGS) {
        const before = isText(f.before) ? f.before[l] : undefined;
        const after = isText(f.after) ? f.after[l] : undefined;
        if (before !== after) row[l] = { before, after };
      }
    } else {
      rows.push({ kind: 'value', field: f.field, change: { before: f.before, after: f.after } });
    }
  }
  return rows;
}

const count = (items: readonly ItemChange[]): KindCounts => ({
  added: items.filter((c) => c.kind === 'added').length,
  removed: items.filter((c) => c.kind === 'removed').length,
  changed: items.filter((c) => c.kind === 'changed').length,
});

/** The diff of two versions, ready for the compare page. */
export function presentDiff(from: QuestionnaireDefinition, to: QuestionnaireDefinition, diff: DefinitionDiff = diffDefinitions(from, to)): DiffPresentation {
  const pick = <T>(list: (d: QuestionnaireDefinition) => T[], match: (x: T) => boolean) => list(to).find(match) ?? list(from).find(match);
  const questions = diff.questions.map((c): ItemRow => {
    const q = pick((d) => d.questions, (x) => x.id === c.id);
    return { kind: c.kind, id: c.id, label: q?.text ?? null, theme: q?.theme ?? null, fields: groupFields(c.fields) };
  });
  const themes = diff.themes.map((c): ItemRow => {
    const t = pick((d) => d.themes, (x) => x.key === c.id);
    return { kind: c.kind, id: c.id, label: t?.title ?? null, theme: null, fields: groupFields(c.fields) };
  });
  const header = groupFields(diff.title);
  const summary: DiffSummary = { questions: count(diff.questions), themes: count(diff.themes), header: header.length, total: 0 };
  summary.total = diff.questions.length + diff.themes.length + header.length;
  return { summary, header, themes, questions };
}
