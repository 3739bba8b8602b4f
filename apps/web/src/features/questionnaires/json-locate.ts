/**
 * Finds where a path such as `questions[3].showIf.questionId` sits in a JSON text, so the
 * draft editor can put the cursor on the spot a validation problem names. JSON.parse keeps
 * no positions, hence this small scanner; it also says where a syntax error is.
 */
import { formatPath } from './questionnaire-lib';

export type PathSegment = string | number;

/** Where a value is in the text; `keyStart` is its property name's opening quote, if it has one. */
export interface ValueSpan {
  start: number;
  end: number;
  keyStart: number | null;
}

/** Every value of the document by its path, in the validator's path form. */
export type JsonIndex = Map<string, ValueSpan>;

export class JsonSyntaxError extends Error {
  /** `found` is null when the text ended too early. */
  constructor(
    readonly offset: number,
    readonly found: string | null,
  ) {
    super(found === null ? 'unexpected end of JSON' : `unexpected ${JSON.stringify(found)} at ${offset}`);
    this.name = 'JsonSyntaxError';
  }
}

/** `questions[3].showIf.in[0]` → `['questions', 3, 'showIf', 'in', 0]`. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : m[2]);
  return out;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Scans the whole text; throws JsonSyntaxError at the first thing that is not JSON. */
export function indexJson(text: string): JsonIndex {
  const index: JsonIndex = new Map();
  let i = 0;

  const fail = (): never => {
    throw new JsonSyntaxError(i, i < text.length ? text[i] : null);
  };
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const expect = (c: string): void => {
    skipSpace();
    if (text[i] !== c) fail();
    i++;
  };

  /** Reads a string (i at its opening quote) and returns its value. */
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const value = (path: string, keyStart: number | null): void => {
    skipSpace();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') i++;
      else
        for (;;) {
          skipSpace();
          if (text[i] !== '"') fail();
          const ks = i;
          const key = string();
          expect(':');
          value(path ? `${path}.${key}` : key, ks);
          skipSpace();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else fail();
        }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value(`${path}[${n}]`, null);
          skipSpace();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            break;
          } else fail();
        }
    } else if (c === '"') {
      string();
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (!text.startsWith(word, i)) fail();
      i += word.length;
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail();
      i = NUMBER.lastIndex;
    }
    index.set(path, { start, end: i, keyStart });
  };

  value('', null);
  skipSpace();
  if (i < text.length) fail();
  return index;
}

/**
 * The span of `path`, or of its nearest ancestor present in the text (a missing field is
 * reported at the object that should hold it). `exact` tells which.
 */
export function locatePath(index: JsonIndex, path: string): { span: ValueSpan; exact: boolean } | null {
  const segments = parsePath(path);
  for (let n = segments.length; n >= 0; n--) {
    const span = index.get(formatPath(segments.slice(0, n)));
    if (span) return { span, exact: n === segments.length };
  }
  return null;
}

/** Offsets where each line starts, for turning offsets into line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
