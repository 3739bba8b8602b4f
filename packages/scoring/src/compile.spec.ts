import { describe, expect, it } from 'vitest';
import { compareIds, compile, DefinitionError } from './compile.js';
import { grade } from './grade.js';
import { answers, definition } from './testing/fixtures.js';

describe('compile', () => {
  it('compiles a definition once and reuses it', () => {
    const def = definition(['labour'], [{ id: 'L1' }]);
    expect(compile(def)).toBe(compile(def));
    expect(compile(structuredClone(def))).not.toBe(compile(def));
  });

  it.each([
    [
      'a duplicate question id',
      definition(['labour'], [{ id: 'L1' }, { id: 'L1' }]),
      'question "L1" is declared twice',
    ],
    [
      'an unknown theme',
      definition(['labour'], [{ id: 'L1', theme: 'nope' }]),
      'question "L1" has unknown theme "nope"',
    ],
    [
      'a duplicate theme',
      definition(['labour', 'labour'], [{ id: 'L1' }]),
      'theme "labour" is declared twice',
    ],
    [
      'a showIf to an unknown question',
      definition(['labour'], [{ id: 'L1', showIf: { questionId: 'L9', in: ['yes'] } }]),
      'question "L1" is shown depending on unknown question "L9"',
    ],
    [
      'a showIf cycle',
      definition(
        ['labour'],
        [
          { id: 'L1', showIf: { questionId: 'L2', in: ['yes'] } },
          { id: 'L2', showIf: { questionId: 'L1', in: ['yes'] } },
        ],
      ),
      'showIf conditions form a cycle',
    ],
  ])('rejects %s', (_, def, message) => {
    expect(() => compile(def)).toThrow(DefinitionError);
    expect(() => compile(def)).toThrow(message);
  });

  it('orders ids with numbers compared as numbers, and totally', () => {
    expect(['LAB-10', 'LAB-2', 'ENV-1', 'LAB-02', 'LAB-1'].sort(compareIds)).toEqual([
      'ENV-1',
      'LAB-1',
      'LAB-02',
      'LAB-2',
      'LAB-10',
    ]);
  });
});

describe('showIf chains', () => {
  const def = definition(
    ['labour'],
    [
      { id: 'L3', critical: true, showIf: { questionId: 'L2', in: ['yes'] } },
      { id: 'L2', showIf: { questionId: 'L1', in: ['yes'] } },
      { id: 'L1' },
    ],
  );
  const failures = (given: Record<string, string>) =>
    grade(def, answers(given), { depth: 'core' }).themes.labour.criticalFailures;

  it('are followed whatever order the questions are declared in', () => {
    expect(failures({ L1: 'yes', L2: 'yes' })).toEqual(['L3']);
    // L1 now hides L2, and with it L3, although L2's stale answer would show L3.
    expect(failures({ L1: 'no', L2: 'yes' })).toEqual([]);
  });
});
