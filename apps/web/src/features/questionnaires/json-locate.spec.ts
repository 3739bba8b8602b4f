import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, indexJson, lineStarts, locatePath, parsePath, positionAt } from './json-locate';

const TEXT = `{
  "key": "k",
  "questions": [
    { "id": "A", "showIf": { "questionId": "X", "in": ["y"] } },
    { "id": "B\\"q", "weight": -1.5e2, "ok": true, "no": null }
  ]
}`;

function syntaxErrorOf(text: string): JsonSyntaxError {
  try {
    indexJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('locating validation paths in JSON text', () => {
  it('parses the validator path form', () => {
    expect(parsePath('questions[3].showIf.in[0]')).toEqual(['questions', 3, 'showIf', 'in', 0]);
    expect(parsePath('')).toEqual([]);
    expect(parsePath('[2]')).toEqual([2]);
  });

  it('indexes every value with its key position', () => {
    const index = indexJson(TEXT);
    const at = (path: string) => {
      const span = index.get(path)!;
      return { value: TEXT.slice(span.start, span.end), key: span.keyStart === null ? null : TEXT.slice(span.keyStart, span.keyStart + 8) };
    };
    expect(at('')).toEqual({ value: TEXT, key: null });
    expect(at('questions[0].showIf.questionId')).toEqual({ value: '"X"', key: '"questio' });
    expect(at('questions[0].showIf.in[0]')).toEqual({ value: '"y"', key: null });
    expect(at('questions[1].id').value).toBe('"B\\"q"');
    expect(at('questions[1].weight').value).toBe('-1.5e2');
    expect(at('questions[1].no').value).toBe('null');
  });

  it('falls back to the nearest ancestor for a missing field', () => {
    const index = indexJson(TEXT);
    const exact = locatePath(index, 'questions[0].showIf.questionId')!;
    expect(exact.exact).toBe(true);
    const missing = locatePath(index, 'questions[1].guidance.ja')!;
    expect(missing.exact).toBe(false);
    expect(missing.span).toBe(index.get('questions[1]'));
    expect(locatePath(index, 'themes')!.span).toBe(index.get(''));
  });

  it('reports where the JSON stops being JSON', () => {
    expect(syntaxErrorOf('{"a": 1,}')).toMatchObject({ offset: 8, found: '}' });
    expect(syntaxErrorOf('{"a": [1, 2')).toMatchObject({ offset: 11, found: null });
    expect(syntaxErrorOf('{"a": tru}')).toMatchObject({ offset: 6, found: 't' });
    expect(syntaxErrorOf('{"a": "x\ny"}')).toMatchObject({ found: '\n' });
    expect(syntaxErrorOf('{"a": 01}').offset).toBe(7);
    expect(syntaxErrorOf('{} x')).toMatchObject({ offset: 3, found: 'x' });
    expect(syntaxErrorOf('')).toMatchObject({ offset: 0, found: null });
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{"a":"\\u00e9\\n"}', '[]', ' {} ', '"x"', '-0.5E+3', '[1,[2,[3]]]']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(() => indexJson(text)).not.toThrow();
    }
    for (const text of ['{a:1}', "{'a':1}", '[1,]', '{"a":"\\x"}', '+1', '.5', 'NaN']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(() => indexJson(text)).toThrow(JsonSyntaxError);
    }
  });

  it('turns offsets into 1-based lines and columns', () => {
    const starts = lineStarts('ab\ncd\n\nef');
    expect(starts).toEqual([0, 3, 6, 7]);
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(starts, 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt(starts, 6)).toEqual({ line: 3, column: 1 });
    expect(positionAt(starts, 8)).toEqual({ line: 4, column: 2 });
  });
});
