import { describe, expect, it } from 'vitest';
import { base } from '@ses/questionnaire/testing';
import { toEditorText } from './canonical';
import { placeProblems, syntaxProblem } from './draft-problems';
import { JsonSyntaxError, indexJson } from './json-locate';
import { validateDefinition } from './validate-definition';

function problemsOf(mutate: (d: ReturnType<typeof base>) => void) {
  const document = base();
  mutate(document);
  const text = toEditorText(document);
  const result = validateDefinition(JSON.parse(text));
  if (result.ok) throw new Error('expected problems');
  return { text, problems: placeProblems(text, indexJson(text), JSON.parse(text), result.problems) };
}

describe('draft problems in the editor text', () => {
  it('puts a cross-reference problem on its field, with the question id', () => {
    const { text, problems } = problemsOf((d) => {
      d.questions[1].showIf = { questionId: 'NOPE', in: ['yes'] };
    });
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ kind: 'definition', path: 'questions[1].showIf.questionId', questionId: 'GEN-02', themeKey: null });
    expect(text.slice(p.start, p.end)).toBe('"questionId": "NOPE"');
    expect(text.split('\n')[p.line - 1]).toContain('"questionId": "NOPE"');
    expect(p.column).toBe(text.split('\n')[p.line - 1].indexOf('"questionId"') + 1);
  });

  it('puts a missing field on the object that should hold it', () => {
    const { text, problems } = problemsOf((d) => {
      delete (d.questions[0] as { guidance?: unknown }).guidance;
    });
    const p = problems.find((x) => x.path === 'questions[0].guidance')!;
    expect(p.questionId).toBe('GEN-01');
    expect(text.slice(p.start, p.end)).toMatch(/^\{\s+"id": "GEN-01"[\s\S]*\}$/);
  });

  it('names the theme of a theme problem, and copes with paths that are not in the text', () => {
    const document = base();
    document.themes[1].key = 'general';
    const text = toEditorText(document);
    const [p] = placeProblems(text, indexJson(text), JSON.parse(text), [
      { path: 'themes[1].key', message: 'duplicate' },
    ]);
    expect(p.themeKey).toBe('general');
    expect(text.slice(p.start, p.end)).toBe('"key": "general"');
    const [whole] = placeProblems('[]', indexJson('[]'), [], [{ path: 'questions[0].id', message: 'x' }]);
    expect(whole).toMatchObject({ questionId: null, line: 1, column: 1, start: 0, end: 2 });
  });

  it('places a syntax error at the offending character', () => {
    const text = '{\n  "key": "a",\n}';
    let error: JsonSyntaxError | null = null;
    try {
      indexJson(text);
    } catch (e) {
      error = e as JsonSyntaxError;
    }
    expect(syntaxProblem(text, error!)).toMatchObject({ kind: 'syntax', found: '}', line: 3, column: 1, start: 16, end: 17 });
  });
});
