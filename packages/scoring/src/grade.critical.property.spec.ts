import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade } from './grade.js';
import { answers as stored, definition, type Q } from './testing/fixtures.js';

/**
 * DESIGN §4 rules 5–7 as properties: a critical question in scope answered with a zero-scoring
 * option makes its theme Z and the overall Z, whatever else is answered; answered with a
 * positive (even partial) score or not applicable, it makes nothing Z.
 */
const THEMES = ['labour', 'environment', 'quality', 'general'];
const CHOICE = ['yes_no', 'single_choice', 'multi_choice'] as const;

const partial = fc.oneof(fc.constantFrom(0.1, 0.25, 0.5, 1), fc.double({ min: 1e-6, max: 1, noNaN: true }));
const weight = fc.oneof(fc.constantFrom(1, 2, 5), fc.double({ min: 0.1, max: 10, noNaN: true }));

/** Every question has a zero option, a positive one and a not-applicable one (then extras). */
const questionArb = fc.record({
  theme: fc.nat(),
  type: fc.constantFrom(...CHOICE),
  positive: partial,
  extra: fc.array(fc.option(fc.oneof(fc.constant(0), partial), { nil: null, freq: 4 }), { maxLength: 3 }),
  weight,
  critical: fc.boolean(),
});
/** How another question is answered: 0 not at all, 1 zero, 2 positive, 3 not applicable. */
const otherAnswer = fc.integer({ min: 0, max: 3 });

const caseArb = fc.record({
  themeWeights: fc.array(fc.constantFrom(0.5, 1, 2, 3), { minLength: 1, maxLength: THEMES.length }),
  target: questionArb,
  others: fc.array(fc.tuple(questionArb, otherAnswer), { maxLength: 10 }),
  depth: fc.constantFrom('core' as const, 'extended' as const),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;
type Value = string | string[] | null;

const scoresOf = (q: Case['target']) => {
  const scores: Record<string, number | null> = { zero: 0, pos: q.positive, na: null };
  q.extra.forEach((s, i) => (scores[`x${i}`] = s));
  return scores;
};
const choose = (q: Q, option: string): Value => (q.type === 'multi_choice' ? [option] : option);

function build(c: Case, targetAnswer: 'zero' | 'positive' | 'na') {
  const themeOf = (n: number) => THEMES[n % c.themeWeights.length];
  const target: Q = { id: 'T', theme: themeOf(c.target.theme), type: c.target.type, scores: scoresOf(c.target), weight: c.target.weight, critical: true, depth: 'core' };
  const values: Record<string, Value> = {};
  if (targetAnswer === 'zero') {
    // A multiple choice scores the sum of its options: every zero option together still scores 0.
    const zeros = Object.entries(target.scores!).filter(([, s]) => s === 0).map(([v]) => v);
    values.T = target.type === 'multi_choice' ? zeros : 'zero';
  } else if (targetAnswer === 'positive') {
    // A partial score above 0, with a zero option beside it in a multiple choice.
    values.T = target.type === 'multi_choice' ? ['zero', 'pos'] : 'pos';
  } else {
    values.T = choose(target, 'na');
  }
  const others = c.others.map(([q, how], i): Q => {
    const spec: Q = { id: `Q${i}`, theme: themeOf(q.theme), type: q.type, scores: scoresOf(q), weight: q.weight, critical: q.critical, depth: 'core' };
    // Other critical questions pass (positive or not applicable) so that only the target decides.
    const answer = q.critical ? (how % 2 ? 'pos' : 'na') : [null, 'zero', 'pos', 'na'][how];
    if (answer) values[spec.id] = choose(spec, answer);
    return spec;
  });
  const themes = c.themeWeights.map((w, i): [string, number] => [THEMES[i], w]);
  return { def: definition(themes, [target, ...others]), values, theme: target.theme! };
}

const runs = { numRuns: Number(process.env.FC_RUNS ?? 300) };

describe('grade: a critical question (properties)', () => {
  it('answered with a zero-scoring option makes its theme Z and the overall Z', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { def, values, theme } = build(c, 'zero');
        const result = grade(def, stored(values), { depth: c.depth });
        expect(result.themes[theme].grade).toBe('Z');
        expect(result.themes[theme].criticalFailures).toContain('T');
        expect(result.overall.grade).toBe('Z');
        // Only the target fails: every other critical question passed.
        const failures = Object.values(result.themes).flatMap((t) => t.criticalFailures);
        expect(failures).toEqual(['T']);
        for (const [key, t] of Object.entries(result.themes)) if (key !== theme) expect(t.grade).not.toBe('Z');
      }),
      runs,
    );
  });

  it('answered with a partial, non-zero score makes nothing Z', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { def, values, theme } = build(c, 'positive');
        const result = grade(def, stored(values), { depth: c.depth });
        expect(['A', 'B', 'C', 'D']).toContain(result.themes[theme].grade);
        for (const t of Object.values(result.themes)) {
          expect(t.criticalFailures).toEqual([]);
          expect(t.grade).not.toBe('Z');
        }
        expect(['A', 'B', 'C', 'D']).toContain(result.overall.grade);
      }),
      runs,
    );
  });

  it('answered not applicable makes nothing Z', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { def, values } = build(c, 'na');
        const result = grade(def, stored(values), { depth: c.depth });
        for (const t of Object.values(result.themes)) {
          expect(t.criticalFailures).toEqual([]);
          expect(['A', 'B', 'C', 'D', 'N/A']).toContain(t.grade);
        }
        expect(['A', 'B', 'C', 'D', 'N/A']).toContain(result.overall.grade);
      }),
      runs,
    );
  });
});
