import { isAnswered, type AnswerValue, type Depth } from '@ses/questionnaire';
import {
  compile,
  KIND_FREE,
  KIND_MULTI,
  type CompiledDefinition,
  type CompiledQuestion,
  type CompiledTheme,
  type GradableDefinition,
} from './compile.js';
import type { Grade, GradeResult, LostPoint, ThemeResult } from './result.js';
import {
  DEFAULT_THRESHOLDS,
  gradeForRate,
  thresholdsProblem,
  type Thresholds,
} from './thresholds.js';

/**
 * The grading rules of DESIGN §4, as a pure function. Stored results carry RULES_VERSION:
 * change it whenever a change here could give a different result for the same input.
 */
export const RULES_VERSION = '2026.1';

export interface GradeOptions {
  depth: Depth;
  /** The campaign's thresholds; DEFAULT_THRESHOLDS when left out. */
  thresholds?: Thresholds;
}

/** Answers keyed by question id, as stored; only `value` is read. */
export type GradableAnswers = Readonly<
  Record<string, { readonly value: AnswerValue } | null | undefined>
>;

/** Sentinels beside a real score in [0, 1], so scoring returns a number and allocates nothing. */
const UNANSWERED = -1;
const NOT_APPLICABLE = -2;

/**
 * Grades one response. Choices this function makes where DESIGN §4 is silent:
 * - "answered" means what @ses/questionnaire's `isAnswered` means, so the portal and the
 *   grade agree: a value of the wrong shape, a value not among the options, or a
 *   multi_choice list with any such value or a value twice, is unanswered;
 * - multi_choice: if any scored option is chosen the question is scored (null-scored
 *   choices beside it are ignored); only when every chosen option is null-scored is it not
 *   applicable;
 * - a critical question that is not scorable (weight 0, or number/text/date/file) can still
 *   fail: when unanswered, or (choice, weight 0) when its chosen option scores 0;
 * - a showIf condition holds only if the question it names is itself in scope;
 * - a Z theme keeps its rate, and the overall rate is reported even when the grade is Z.
 * Sums run in question-id order and the overall mean in theme-key order, so reordering a
 * definition cannot change a single bit of the result.
 */
export function grade(
  definition: GradableDefinition,
  answers: GradableAnswers,
  options: GradeOptions,
): GradeResult {
  const compiled = compile(definition);
  const depth = options.depth;
  if (depth !== 'core' && depth !== 'extended')
    throw new RangeError(`unknown depth "${String(depth)}"`);
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  if (options.thresholds) {
    const problem = thresholdsProblem(thresholds);
    if (problem) throw new RangeError(problem.message);
  }
  const extended = depth === 'extended';
  markGates(compiled, answers, extended);

  const themes: Record<string, ThemeResult> = {};
  for (let t = 0; t < compiled.themes.length; t++) {
    const theme = compiled.themes[t];
    themes[theme.key] = gradeTheme(compiled, theme, answers, extended, thresholds);
  }

  let anyZ = false;
  let weights = 0;
  let weighted = 0;
  for (let k = 0; k < compiled.themeOrder.length; k++) {
    const theme = compiled.themes[compiled.themeOrder[k]];
    const result = themes[theme.key];
    if (result.grade === 'Z') anyZ = true;
    if (result.rate !== null) {
      weights += theme.weight;
      weighted += theme.weight * result.rate;
    }
  }
  // A mean of rates ≤ 100 can round a hair above 100; that is no rate anyone could earn.
  const rate = weights > 0 ? Math.min(100, weighted / weights) : null;
  const overall: Grade = anyZ ? 'Z' : rate === null ? 'N/A' : gradeForRate(rate, thresholds);

  return {
    rulesVersion: RULES_VERSION,
    depth,
    thresholds: { A: thresholds.A, B: thresholds.B, C: thresholds.C },
    themes,
    overall: { rate, grade: overall },
  };
}

function gradeTheme(
  compiled: CompiledDefinition,
  theme: CompiledTheme,
  answers: GradableAnswers,
  extended: boolean,
  thresholds: Thresholds,
): ThemeResult {
  const criticalFailures: string[] = [];
  const lostPoints: LostPoint[] = [];
  let earned = 0;
  let possible = 0;
  const questions = theme.questions;
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    if (q.isGate ? compiled.scope[q.index] === 0 : !inScope(q, answers, extended, compiled.scope))
      continue;
    const answer = answers[q.id];
    if (q.kind === KIND_FREE) {
      if (q.critical && !isAnswered(q.source, answer ?? undefined)) criticalFailures.push(q.id);
      continue;
    }
    const score = scoreOf(q, answer == null ? undefined : answer.value, compiled.chosen);
    if (score === NOT_APPLICABLE) continue;
    if (q.critical && score <= 0) criticalFailures.push(q.id);
    if (!q.scorable) continue;
    const points = score > 0 ? q.weight * score : 0;
    earned += points;
    possible += q.weight;
    if (score < 1) lostPoints.push({ questionId: q.id, earned: points, possible: q.weight });
  }
  // Divide first: earned ≤ possible makes the quotient ≤ 1 and the rate ≤ 100 exactly,
  // where (100 × earned) / possible can round to 100.00000000000001.
  const rate = possible > 0 ? (earned / possible) * 100 : null;
  const grade: Grade =
    criticalFailures.length > 0 ? 'Z' : rate === null ? 'N/A' : gradeForRate(rate, thresholds);
  return { earned, possible, rate, grade, criticalFailures, lostPoints };
}

/** Works out the scope of every showIf target, each after the one it depends on. */
function markGates(
  compiled: CompiledDefinition,
  answers: GradableAnswers,
  extended: boolean,
): void {
  const gates = compiled.gates;
  for (let i = 0; i < gates.length; i++) {
    compiled.scope[gates[i].index] = inScope(gates[i], answers, extended, compiled.scope) ? 1 : 0;
  }
}

function inScope(
  q: CompiledQuestion,
  answers: GradableAnswers,
  extended: boolean,
  scope: Uint8Array,
): boolean {
  if (q.extended && !extended) return false;
  if (q.gate < 0) return true;
  if (scope[q.gate] === 0) return false;
  const answer = answers[q.gateId];
  return answer != null && matches(answer.value, q.gateValues);
}

/** showIf: the answer is one of `allowed`; for an array, any chosen value is. */
function matches(value: unknown, allowed: readonly string[]): boolean {
  if (typeof value === 'string') return allowed.includes(value);
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v === 'string' && allowed.includes(v)) return true;
  }
  return false;
}

/** A score in [0, 1], UNANSWERED or NOT_APPLICABLE (rule 3). */
function scoreOf(q: CompiledQuestion, value: unknown, chosen: Uint8Array): number {
  const values = q.values;
  if (q.kind !== KIND_MULTI) {
    if (typeof value !== 'string') return UNANSWERED;
    const i = values.indexOf(value);
    if (i < 0) return UNANSWERED;
    const s = q.scores[i];
    return s === null ? NOT_APPLICABLE : s;
  }
  if (!Array.isArray(value) || value.length === 0) return UNANSWERED;
  for (let k = 0; k < value.length; k++) {
    const v: unknown = value[k];
    const i = typeof v === 'string' ? values.indexOf(v) : -1;
    if (i < 0 || chosen[i] === 1) {
      chosen.fill(0);
      return UNANSWERED;
    }
    chosen[i] = 1;
  }
  // Summed in option order, not answer order: the same choices give the same bits.
  let sum = 0;
  let scored = false;
  for (let i = 0; i < values.length; i++) {
    if (chosen[i] === 0) continue;
    chosen[i] = 0;
    const s = q.scores[i];
    if (s !== null) {
      sum += s;
      scored = true;
    }
  }
  if (!scored) return NOT_APPLICABLE;
  return sum < 1 ? sum : 1;
}
