import type { Language } from '@ses/questionnaire';
import type { PathSegment } from './json-locate';

/**
 * Edits for the draft's form editor. The document is whatever JSON the author has written
 * (it may not be valid yet), so nothing here assumes its shape: each edit copies the
 * objects along one path and sets one value, leaving the rest as it was.
 */
export type Doc = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function getAt(doc: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = doc;
  for (const seg of path) {
    if (typeof seg === 'number' ? !Array.isArray(cur) : !isRecord(cur)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** A copy of `doc` with the value at `path` replaced (`undefined` removes an object key). */
export function setAt<T>(doc: T, path: readonly PathSegment[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(doc) ? [...(doc as unknown[])] : [];
    list[head] = setAt(list[head], rest, value);
    return list as T;
  }
  const obj: Record<string, unknown> = isRecord(doc) ? { ...doc } : {};
  const next = setAt(obj[head], rest, value);
  if (next === undefined) delete obj[head];
  else obj[head] = next;
  return obj as T;
}

/** The text of one language of a bilingual field, or '' when there is none. */
export function textAt(doc: unknown, path: readonly PathSegment[], lang: Language): string {
  const v = getAt(doc, [...path, lang]);
  return typeof v === 'string' ? v : '';
}

/**
 * Sets one language of a bilingual field. An optional field (help, guidance) emptied in
 * both languages is removed rather than left as two empty texts the validator would refuse.
 */
export function setText(doc: Doc, path: readonly PathSegment[], lang: Language, value: string, optional: boolean): Doc {
  const current = getAt(doc, path);
  const text = { ja: '', en: '', ...(isRecord(current) ? current : {}), [lang]: value };
  if (optional && !String(text.ja).trim() && !String(text.en).trim()) return setAt(doc, path, undefined);
  return setAt(doc, path, text);
}

/** A weight as typed: a number when it reads as one, else the text (the validator says why). */
export function parseWeight(input: string): number | string {
  const n = Number(input.trim().replace(',', '.'));
  return input.trim() !== '' && Number.isFinite(n) ? n : input;
}

/** Items of a list in the document (`themes`, `questions`), skipping anything not an object. */
export function itemsOf(doc: unknown, list: 'themes' | 'questions'): { index: number; item: Record<string, unknown> }[] {
  const items = getAt(doc, [list]);
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown, index) => (isRecord(item) ? [{ index, item }] : []));
}
