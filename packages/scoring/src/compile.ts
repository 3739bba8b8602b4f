import type { Question, QuestionnaireDefinitionInput } from '@ses/questionnaire';

/**
 * A definition turned into flat arrays once, so that grading a response is a few loops with
 * no lookups by id, no closures and no maps (the budget is ≥ 1,000,000 answers per second).
 * Definitions are immutable once published, so the compiled form is cached per object.
 */

/** The fields grading reads; a parsed definition or a stored JSON document both fit. */
export type GradableDefinition = Pick<QuestionnaireDefinitionInput, 'themes' | 'questions'>;

/** The definition cannot be graded at all (it would have failed validation). */
export class DefinitionError extends Error {
  override name = 'DefinitionError';
}

/** How an answer is read. */
export const KIND_SINGLE = 0; // yes_no, single_choice: one option value
export const KIND_MULTI = 1; // multi_choice: an array of option values
export const KIND_FREE = 2; // number, text, date, file: never scored

export interface CompiledQuestion {
  readonly id: string;
  /** Position in `CompiledDefinition.questions`; indexes the scope scratch array. */
  readonly index: number;
  /** As written, for @ses/questionnaire's `isAnswered` on unscored critical questions. */
  readonly source: Question;
  readonly kind: number;
  readonly extended: boolean;
  readonly critical: boolean;
  readonly weight: number;
  /** Rule 2 apart from scope: a choice question with a scored option and weight > 0. */
  readonly scorable: boolean;
  readonly values: readonly string[];
  /** Parallel to `values`; null = not applicable. */
  readonly scores: readonly (number | null)[];
  /** Index of the showIf question, or -1. */
  readonly gate: number;
  readonly gateId: string;
  readonly gateValues: readonly string[];
  /** Another question's showIf points here: its scope is worked out first. */
  readonly isGate: boolean;
}

export interface CompiledTheme {
  readonly key: string;
  readonly weight: number;
  /** In question-id order, so sums and lists do not depend on the definition's layout. */
  readonly questions: readonly CompiledQuestion[];
}

export interface CompiledDefinition {
  /** In definition order (the order a person reads them). */
  readonly themes: readonly CompiledTheme[];
  /** Theme indexes in key order: the overall mean is summed in this order, for the same reason. */
  readonly themeOrder: Int32Array;
  /** All questions, in question-id order. */
  readonly questions: readonly CompiledQuestion[];
  /** Questions that others' showIf depends on, each after the question it depends on. */
  readonly gates: readonly CompiledQuestion[];
  /** Scratch: 1 when a gate is in scope, for the call under way (grading is synchronous). */
  readonly scope: Uint8Array;
  /** Scratch: chosen options of a multi_choice answer, cleared after each use. */
  readonly chosen: Uint8Array;
}

const collator = new Intl.Collator('en', { numeric: true });
/** LAB-2 before LAB-10; ties such as LAB-03 / LAB-3 broken by code units, so it is total. */
export function compareIds(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

const cache = new WeakMap<object, CompiledDefinition>();

/** The compiled form of a definition, built on first use. Do not mutate a graded definition. */
export function compile(definition: GradableDefinition): CompiledDefinition {
  let compiled = cache.get(definition);
  if (!compiled) {
    compiled = build(definition);
    cache.set(definition, compiled);
  }
  return compiled;
}

function build(definition: GradableDefinition): CompiledDefinition {
  const themeIndex = new Map<string, number>();
  definition.themes.forEach((t, i) => {
    // A key of __proto__ would turn `result.themes` into a prototype change, not a property.
    if (t.key === '__proto__') throw new DefinitionError('"__proto__" cannot be a theme key');
    if (themeIndex.has(t.key)) throw new DefinitionError(`theme "${t.key}" is declared twice`);
    themeIndex.set(t.key, i);
  });

  const sources = [...definition.questions].sort((a, b) => compareIds(a.id, b.id));
  const position = new Map<string, number>();
  sources.forEach((q, i) => {
    if (position.has(q.id)) throw new DefinitionError(`question "${q.id}" is declared twice`);
    if (!themeIndex.has(q.theme))
      throw new DefinitionError(`question "${q.id}" has unknown theme "${q.theme}"`);
    position.set(q.id, i);
  });
  const referenced = new Set<string>();
  for (const q of sources) {
    if (!q.showIf) continue;
    if (!position.has(q.showIf.questionId)) {
      throw new DefinitionError(
        `question "${q.id}" is shown depending on unknown question "${q.showIf.questionId}"`,
      );
    }
    referenced.add(q.showIf.questionId);
  }

  let maxOptions = 0;
  const questions: CompiledQuestion[] = sources.map((q, index) => {
    const options = q.options ?? [];
    maxOptions = Math.max(maxOptions, options.length);
    const kind =
      q.type === 'multi_choice'
        ? KIND_MULTI
        : q.type === 'yes_no' || q.type === 'single_choice'
          ? KIND_SINGLE
          : KIND_FREE;
    const weight = q.weight ?? 1;
    return {
      id: q.id,
      index,
      // The input form differs from the parsed one only in defaults isAnswered does not read.
      source: q as Question,
      kind,
      extended: q.depth === 'extended',
      critical: q.critical === true,
      weight,
      scorable: kind !== KIND_FREE && weight > 0 && options.some((o) => o.score !== null),
      values: options.map((o) => o.value),
      scores: options.map((o) => o.score),
      gate: q.showIf ? position.get(q.showIf.questionId)! : -1,
      gateId: q.showIf?.questionId ?? '',
      gateValues: q.showIf?.in ?? [],
      isGate: referenced.has(q.id),
    };
  });

  const themes: CompiledTheme[] = definition.themes.map((t) => ({
    key: t.key,
    weight: t.weight ?? 1,
    questions: questions.filter((q) => sources[q.index].theme === t.key),
  }));
  const themeOrder = Int32Array.from(
    themes.map((_, i) => i).sort((a, b) => compareIds(themes[a].key, themes[b].key)),
  );

  return {
    themes,
    themeOrder,
    questions,
    gates: orderGates(questions),
    scope: new Uint8Array(questions.length),
    chosen: new Uint8Array(maxOptions),
  };
}

/** Depth-first: a gate comes after the gate it depends on; a showIf cycle cannot be asked. */
function orderGates(questions: readonly CompiledQuestion[]): CompiledQuestion[] {
  const state = new Uint8Array(questions.length); // 0 new, 1 on the path, 2 placed
  const ordered: CompiledQuestion[] = [];
  const visit = (q: CompiledQuestion): void => {
    if (state[q.index] === 2) return;
    if (state[q.index] === 1)
      throw new DefinitionError(`showIf conditions form a cycle through question "${q.id}"`);
    state[q.index] = 1;
    if (q.gate >= 0) visit(questions[q.gate]);
    state[q.index] = 2;
    ordered.push(q);
  };
  // Every question on a cycle is some other's gate (a showIf to itself included).
  for (const q of questions) if (q.isGate) visit(q);
  return ordered;
}
