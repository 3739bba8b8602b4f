import { describe, expect, it } from 'vitest';
import { grade } from './grade.js';
import { gradeResultSchema } from './result.js';
import { answers, definition, type Q } from './testing/fixtures.js';

/** A theme of single-choice questions, one per score, each answered with its only option. */
function rateOf(scores: number[], weights?: number[]) {
  const questions: Q[] = scores.map((s, i) => ({
    id: `L${i + 1}`,
    type: 'single_choice',
    scores: { x: s },
    ...(weights ? { weight: weights[i] } : {}),
  }));
  const given = Object.fromEntries(scores.map((_, i) => [`L${i + 1}`, 'x']));
  return grade(definition(['labour'], questions), answers(given), { depth: 'core' }).themes.labour;
}

describe('grade: threshold boundaries', () => {
  it('a rate exactly on a threshold takes that grade', () => {
    expect(rateOf([1, 1, 1, 1, 0])).toMatchObject({ rate: 80, grade: 'A' });
    expect(rateOf([1, 0], [3, 2])).toMatchObject({ rate: 60, grade: 'B' });
    expect(rateOf([1, 0], [2, 3])).toMatchObject({ rate: 40, grade: 'C' });
  });

  it('floating-point sums just under a threshold still reach it (1e-9 allowance)', () => {
    const sixty = rateOf(Array<number>(10).fill(0.6));
    // Ten times 0.6 sums to 5.999999999999999: the exact rate is a hair under 60 …
    expect(sixty.rate).toBeLessThan(60);
    expect(sixty.rate).toBeCloseTo(60, 12);
    // … yet it is what the supplier earned, so it grades B.
    expect(sixty.grade).toBe('B');
    const forty = rateOf([0.35, 0.7, 0.15]);
    expect(forty.rate).toBeLessThan(40);
    expect(forty.grade).toBe('C');
    const eighty = rateOf([0.7, 0.7, 1], [0.1, 0.1, 0.1]);
    expect(eighty.rate).toBeLessThan(80);
    expect(eighty.grade).toBe('A');
    // 0.1 + 0.2 + 0.9 overshoots instead (40.00000000000001): still C, nothing to allow for.
    expect(rateOf([0.1, 0.2, 0.9]).grade).toBe('C');
  });

  it('a rate truly below a threshold does not reach it; one truly above does', () => {
    expect(rateOf([0.5999999999])).toMatchObject({ rate: 59.99999999, grade: 'C' });
    expect(rateOf([0.6000000000001]).grade).toBe('B');
    expect(rateOf([0.7999999999]).grade).toBe('B');
    expect(rateOf([0.3999999999]).grade).toBe('D');
  });

  it('no rounding before the comparison: 79.96 is B, not a rounded 80.0', () => {
    expect(rateOf([0.7996])).toMatchObject({ grade: 'B' });
  });
});

describe('grade: inputs and output', () => {
  const def = definition(
    ['labour'],
    [
      { id: 'L1', critical: true },
      { id: 'L2', type: 'multi_choice', scores: { a: 0.3, b: 0.3, c: 0.6 } },
    ],
  );

  it('produces a result that matches the wire schema', () => {
    const result = grade(def, answers({ L1: 'yes', L2: ['a'] }), { depth: 'extended' });
    expect(gradeResultSchema.parse(result)).toEqual(result);
  });

  it('multi_choice: answer order does not matter; a value twice or an unknown value is no answer', () => {
    const forward = grade(def, answers({ L1: 'yes', L2: ['a', 'b', 'c'] }), { depth: 'core' });
    expect(grade(def, answers({ L1: 'yes', L2: ['c', 'b', 'a'] }), { depth: 'core' })).toEqual(
      forward,
    );
    expect(forward.themes.labour.earned).toBe(2);
    // As @ses/questionnaire's isAnswered has it, so the portal shows it unanswered too.
    expect(
      grade(def, answers({ L1: 'yes', L2: ['a', 'a'] }), { depth: 'core' }).themes.labour.earned,
    ).toBe(1);
    expect(
      grade(def, answers({ L1: 'yes', L2: ['a', 'gone'] }), { depth: 'core' }).themes.labour.earned,
    ).toBe(1);
  });

  it('grading twice gives the same result (compiled scratch state is reset)', () => {
    const first = grade(def, answers({ L2: ['a', 'c'] }), { depth: 'core' });
    grade(def, answers({ L1: 'yes', L2: ['b'] }), { depth: 'core' });
    expect(grade(def, answers({ L2: ['a', 'c'] }), { depth: 'core' })).toEqual(first);
  });

  it('ignores answers to questions the definition does not have, and inherited names', () => {
    const withJunk = { ...answers({ L1: 'yes', ZZ: 'yes' }), constructor: { value: 'yes' } };
    const result = grade(def, withJunk, { depth: 'core' });
    expect(result.themes.labour).toMatchObject({ earned: 1, possible: 2 });
  });

  it('the overall mean does not depend on the order themes are declared in', () => {
    // Summed in declaration order these rates give 40 one way and 40.00000000000001 the other.
    const build = (keys: string[]) =>
      definition(
        keys,
        keys.map((key) => ({
          id: key,
          theme: key,
          type: 'single_choice',
          scores: { x: key === 'aaa' ? 0.1 : 0.55 },
        })),
      );
    const given = answers({ aaa: 'x', bbb: 'x', ccc: 'x' });
    const forward = grade(build(['aaa', 'bbb', 'ccc']), given, { depth: 'core' }).overall;
    const backward = grade(build(['ccc', 'bbb', 'aaa']), given, { depth: 'core' }).overall;
    expect(backward.rate).toBe(forward.rate);
  });

  it('uses custom thresholds and reports the ones it used', () => {
    const result = grade(def, answers({ L1: 'yes', L2: ['c'] }), {
      depth: 'core',
      thresholds: { A: 90, B: 80, C: 70 },
    });
    expect(result.thresholds).toEqual({ A: 90, B: 80, C: 70 });
    expect(result.overall).toEqual({ rate: 80, grade: 'B' });
  });

  it('rejects invalid thresholds and an unknown depth', () => {
    expect(() => grade(def, {}, { depth: 'core', thresholds: { A: 50, B: 60, C: 40 } })).toThrow(
      'threshold A (50) must be greater than B (60)',
    );
    expect(() => grade(def, {}, { depth: 'deep' as 'core' })).toThrow('unknown depth "deep"');
  });
});
