import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAnswered, questionsInScope, type QuestionnaireDefinition } from '@ses/questionnaire';
import { grade } from './grade.js';
import { GRADES, gradeRank, gradeResultSchema, type Grade, type GradeResult } from './result.js';
import { answers as stored, definition, type Q } from './testing/fixtures.js';

type Value = string | string[] | number | null;
const THEMES = ['labour', 'environment', 'quality', 'general'];
const TYPES = ['yes_no', 'single_choice', 'multi_choice', 'number', 'text'] as const;
const MAX_QUESTIONS = 14;

const score = fc.oneof(
  fc.constantFrom(0, 0.25, 0.5, 0.6, 1),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
const questionSpec = fc.record({
  theme: fc.nat(),
  type: fc.constantFrom(...TYPES),
  scores: fc.array(fc.option(score, { nil: null, freq: 3 }), { minLength: 1, maxLength: 4 }),
  weight: fc.oneof(fc.constantFrom(0, 1, 2), fc.double({ min: 0.1, max: 10, noNaN: true })),
  critical: fc.boolean(),
  extended: fc.boolean(),
  gate: fc.option(fc.record({ question: fc.nat(), values: fc.integer({ min: 1, max: 15 }) }), {
    freq: 2,
  }),
});
/** How to answer question i: 0 missing, 1 null, 2–3 a valid choice, 4 an invalid value. */
const answerSpec = fc.record({
  kind: fc.integer({ min: 0, max: 4 }),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
});

const caseArb = fc.record({
  themeWeights: fc.array(fc.constantFrom(0, 0.5, 1, 2, 3), {
    minLength: 1,
    maxLength: THEMES.length,
  }),
  questions: fc.array(questionSpec, { minLength: 1, maxLength: MAX_QUESTIONS }),
  answers: fc.array(answerSpec, { minLength: MAX_QUESTIONS, maxLength: MAX_QUESTIONS }),
  depth: fc.constantFrom('core' as const, 'extended' as const),
  seed: fc.integer(),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

interface Built {
  def: QuestionnaireDefinition;
  specs: Q[];
  values: Record<string, Value>;
}

function build(c: Case): Built {
  const specs: Q[] = c.questions.map((q, i) => {
    const scores = Object.fromEntries(q.scores.map((s, k) => [`o${k}`, s]));
    const spec: Q = {
      id: `Q-${i + 1}`,
      theme: THEMES[q.theme % c.themeWeights.length],
      type: q.type,
      scores,
      weight: q.weight,
      critical: q.critical,
      depth: q.extended ? 'extended' : 'core',
    };
    // showIf points at an earlier choice question, listing a non-empty subset of its values.
    if (q.gate && i > 0) {
      const target = c.questions[q.gate.question % i];
      const inValues = target.scores
        .map((_, k) => `o${k}`)
        .filter((_, k) => (q.gate!.values >> k) & 1);
      if (target.type !== 'number' && target.type !== 'text' && inValues.length > 0) {
        spec.showIf = { questionId: `Q-${(q.gate.question % i) + 1}`, in: inValues };
      }
    }
    return spec;
  });
  const values: Record<string, Value> = {};
  specs.forEach((q, i) => {
    const a = c.answers[i];
    const optionValues = Object.keys(q.scores!);
    const pick = (p: number) => optionValues[p % optionValues.length];
    if (a.kind === 0) return;
    if (a.kind === 1) values[q.id] = null;
    else if (a.kind === 4) values[q.id] = q.type === 'multi_choice' ? ['zzz'] : 'zzz';
    else if (q.type === 'multi_choice') values[q.id] = a.picks.map(pick);
    else if (q.type === 'number') values[q.id] = a.picks[0];
    else if (q.type === 'text') values[q.id] = a.picks[0] % 2 ? 'some text' : '';
    else values[q.id] = pick(a.picks[0]);
  });
  const themes = c.themeWeights.map((w, i): [string, number] => [THEMES[i], w]);
  return { def: definition(themes, specs), specs, values };
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function allGrades(r: GradeResult): [string, Grade][] {
  return [
    ...Object.entries(r.themes).map(([k, t]): [string, Grade] => [k, t.grade]),
    ['overall', r.overall.grade],
  ];
}

// FC_RUNS=20000 npx vitest run for a deeper search than the everyday run.
const runs = { numRuns: Number(process.env.FC_RUNS ?? 400) };

describe('grade: properties', () => {
  it('reordering questions and themes never changes a result', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { def, values } = build(c);
        const shuffled = {
          ...def,
          themes: shuffle(def.themes, c.seed),
          questions: shuffle(def.questions, c.seed ^ 0x5bd1e995),
        };
        expect(grade(shuffled, stored(values), { depth: c.depth })).toEqual(
          grade(def, stored(values), { depth: c.depth }),
        );
      }),
      runs,
    );
  });

  it('lowering one answer’s score never improves any grade or rate', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), (c, which, lowerPick) => {
        const { def, specs, values } = build(c);
        const gates = new Set(specs.map((q) => q.showIf?.questionId));
        // Candidates: choice questions answered with a scored option, whose answer shows or hides nothing.
        const scoreOf = (q: Q, v: Value | undefined): number | null => {
          const chosen = (Array.isArray(v) ? v : [v])
            .map((x) => q.scores![x as string])
            .filter((s) => typeof s === 'number');
          return chosen.length > 0
            ? Math.min(
                1,
                chosen.reduce((a, b) => a + b, 0),
              )
            : null;
        };
        const candidates = specs.filter(
          (q) =>
            !gates.has(q.id) &&
            q.type !== 'number' &&
            q.type !== 'text' &&
            scoreOf(q, values[q.id]) !== null,
        );
        if (candidates.length === 0) return;
        const q = candidates[which % candidates.length];
        const before = scoreOf(q, values[q.id])!;
        const lower = Object.keys(q.scores!).filter(
          (v) => q.type !== 'multi_choice' && (q.scores![v] ?? 2) < before,
        );
        const lowered: Record<string, Value> = { ...values };
        if (lower.length > 0 && lowerPick % 3 !== 0)
          lowered[q.id] = lower[lowerPick % lower.length];
        else delete lowered[q.id];

        const was = grade(def, stored(values), { depth: c.depth });
        const now = grade(def, stored(lowered), { depth: c.depth });
        for (const [key, g] of allGrades(now)) {
          const old = key === 'overall' ? was.overall.grade : was.themes[key].grade;
          if (old === 'N/A') expect(['N/A', 'Z']).toContain(g);
          else expect(gradeRank(g) ?? Infinity).toBeLessThanOrEqual(gradeRank(old)!);
        }
        for (const [key, t] of Object.entries(now.themes)) {
          if (t.rate !== null) expect(t.rate).toBeLessThanOrEqual(was.themes[key].rate!);
        }
        if (now.overall.rate !== null)
          expect(now.overall.rate).toBeLessThanOrEqual(was.overall.rate!);
      }),
      runs,
    );
  });

  it('not-applicable answers never create critical failures', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { def, specs, values } = build(c);
        const na = new Set<string>();
        for (const q of specs) {
          const naValue = Object.keys(q.scores!).find((v) => q.scores![v] === null);
          if (!q.critical || naValue === undefined || q.type === 'number' || q.type === 'text')
            continue;
          values[q.id] = q.type === 'multi_choice' ? [naValue] : naValue;
          na.add(q.id);
        }
        const result = grade(def, stored(values), { depth: c.depth });
        for (const t of Object.values(result.themes)) {
          for (const id of t.criticalFailures) expect(na.has(id)).toBe(false);
        }
      }),
      runs,
    );
  });

  it('every grade is one of A, B, C, D, Z, N/A and the result fits its wire schema', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { def, values } = build(c);
        const result = grade(def, stored(values), { depth: c.depth });
        for (const [, g] of allGrades(result)) expect(GRADES).toContain(g);
        expect(gradeResultSchema.safeParse(result).success).toBe(true);
        expect(Object.keys(result.themes).sort()).toEqual(def.themes.map((t) => t.key).sort());
      }),
      runs,
    );
  });

  // Scope and "answered" are @ses/questionnaire's (the portal's); the grader's fast copy must agree.
  it('answers to questions out of scope (as @ses/questionnaire decides it) never matter', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { def, values } = build(c);
        const inScope = new Set(questionsInScope(def, c.depth, stored(values)).map((q) => q.id));
        const kept = Object.fromEntries(Object.entries(values).filter(([id]) => inScope.has(id)));
        expect(grade(def, stored(kept), { depth: c.depth })).toEqual(
          grade(def, stored(values), { depth: c.depth }),
        );
      }),
      runs,
    );
  });

  it('a critical question fails only in scope, and always when in scope and unanswered', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { def: parsed, values } = build(c);
        const def = {
          ...parsed,
          questions: parsed.questions.map((q) => ({ ...q, critical: true })),
        };
        const given = stored(values);
        const failures = new Set(
          Object.values(grade(def, given, { depth: c.depth }).themes).flatMap(
            (t) => t.criticalFailures,
          ),
        );
        const inScope = questionsInScope(def, c.depth, given);
        const inScopeIds = new Set(inScope.map((q) => q.id));
        for (const id of failures) expect(inScopeIds.has(id)).toBe(true);
        for (const q of inScope)
          if (!isAnswered(q, given[q.id])) expect(failures.has(q.id)).toBe(true);
      }),
      runs,
    );
  });
});
