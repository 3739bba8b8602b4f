import { type JsonIndex, type JsonSyntaxError, lineStarts, locatePath, parsePath, positionAt } from './json-locate';
import type { Problem } from './questionnaire-lib';

/** A problem of the draft, placed in the JSON text for the editor's "jump to". */
export interface DraftProblem {
  kind: 'syntax' | 'definition';
  /** The validator's path (`questions[3].showIf.questionId`); empty for the whole document. */
  path: string;
  /** The validator's message; for a syntax error, the character found (null: the text ended). */
  message: string;
  found?: string | null;
  /** The question (or theme) the path is in, when there is one. */
  questionId: string | null;
  themeKey: string | null;
  line: number;
  column: number;
  /** The text to select: the field named by the path, or the object that should hold it. */
  start: number;
  end: number;
}

function itemAt(document: unknown, list: 'questions' | 'themes', index: number, field: 'id' | 'key'): string | null {
  if (typeof document !== 'object' || document === null) return null;
  const items = (document as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return null;
  const item: unknown = items[index];
  if (typeof item !== 'object' || item === null) return null;
  const value = (item as Record<string, unknown>)[field];
  return typeof value === 'string' && value ? value : null;
}

/** Places the validator's (or the server's) problems in the text, in the order given. */
export function placeProblems(text: string, index: JsonIndex, document: unknown, problems: readonly Problem[]): DraftProblem[] {
  const starts = lineStarts(text);
  return problems.map((problem) => {
    const found = locatePath(index, problem.path);
    const span = found?.span ?? { start: 0, end: 0, keyStart: null };
    const start = found?.exact && span.keyStart !== null ? span.keyStart : span.start;
    const [head, n] = parsePath(problem.path);
    return {
      kind: 'definition',
      path: problem.path,
      message: problem.message,
      questionId: head === 'questions' && typeof n === 'number' ? itemAt(document, 'questions', n, 'id') : null,
      themeKey: head === 'themes' && typeof n === 'number' ? itemAt(document, 'themes', n, 'key') : null,
      ...positionAt(starts, start),
      start,
      end: span.end,
    };
  });
}

/** A JSON syntax error as a problem at the character where the scanner stopped. */
export function syntaxProblem(text: string, error: JsonSyntaxError): DraftProblem {
  const start = Math.min(error.offset, text.length);
  return {
    kind: 'syntax',
    path: '',
    message: error.message,
    found: error.found,
    questionId: null,
    themeKey: null,
    ...positionAt(lineStarts(text), start),
    start,
    end: Math.min(start + 1, text.length),
  };
}
