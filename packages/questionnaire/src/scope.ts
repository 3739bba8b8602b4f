import { validateAnswer } from './answer.js';
import type {
  Answer,
  Answers,
  Depth,
  Question,
  QuestionnaireDefinition,
  ShowIf,
} from './format.js';

type AnswerMap = Readonly<Partial<Answers>>;
type HasQuestions = Pick<QuestionnaireDefinition, 'questions'>;

export interface ThemeProgress {
  answered: number;
  total: number;
}

export interface Progress {
  answered: number;
  total: number;
  requiredTotal: number;
  requiredAnswered: number;
  /** Ids of in-scope required questions still unanswered, in document order. */
  missingRequired: string[];
  /** Every theme of the definition, including those with nothing in scope (0 of 0). */
  byTheme: Record<string, ThemeProgress>;
}

/** `core` questions are asked of everyone; `extended` ones only of suppliers given that depth. */
export function isDepthAsked(questionDepth: Depth, supplierDepth: Depth): boolean {
  return questionDepth === 'core' || supplierDepth === 'extended';
}

/**
 * Whether `question` is in scope (DESIGN §4.1). The definition is needed because a `showIf`
 * holds only while the question it names is itself asked: a stale answer to a question that
 * left scope must not keep its follow-ups open.
 */
export function isAsked(
  question: Question,
  depth: Depth,
  answers: AnswerMap,
  definition: HasQuestions,
): boolean {
  return scopeResolver(definition, depth, answers)(question);
}

/** The questions in scope, in document order. */
export function questionsInScope(
  definition: HasQuestions,
  depth: Depth,
  answers: AnswerMap,
): Question[] {
  const asked = scopeResolver(definition, depth, answers);
  return definition.questions.filter(asked);
}

/**
 * The definition as a supplier of this depth sees it: questions of other depths dropped and
 * themes left empty by that dropped too. `showIf` is kept, since it depends on answers still
 * to come; validation guarantees a kept question never refers to a dropped one.
 */
export function definitionForDepth(
  definition: QuestionnaireDefinition,
  depth: Depth,
): QuestionnaireDefinition {
  const questions = definition.questions.filter((q) => isDepthAsked(q.depth, depth));
  const usedThemes = new Set(questions.map((q) => q.theme));
  return {
    ...definition,
    themes: definition.themes.filter((t) => usedThemes.has(t.key)),
    questions,
  };
}

/**
 * Whether `answer` counts as an answer to `question`. A value that no longer fits the
 * question (say, one carried over from an earlier campaign whose option was since removed)
 * does not count, so submission asks for it again.
 */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  const value = answer?.value;
  if (value === undefined || value === null) return false;
  if (typeof value === 'string' && value.trim() === '') return false;
  if (Array.isArray(value) && value.length === 0) return false;
  return validateAnswer(question, value) === null;
}

/** Counts over the in-scope questions, for the portal's progress bar and the submit check. */
export function progress(
  definition: QuestionnaireDefinition,
  depth: Depth,
  answers: AnswerMap,
): Progress {
  const result: Progress = {
    answered: 0,
    total: 0,
    requiredTotal: 0,
    requiredAnswered: 0,
    missingRequired: [],
    byTheme: Object.fromEntries(definition.themes.map((t) => [t.key, { answered: 0, total: 0 }])),
  };
  for (const question of questionsInScope(definition, depth, answers)) {
    const answered = isAnswered(question, answers[question.id]);
    const theme = (result.byTheme[question.theme] ??= { answered: 0, total: 0 });
    result.total++;
    theme.total++;
    if (answered) {
      result.answered++;
      theme.answered++;
    }
    if (question.required) {
      result.requiredTotal++;
      if (answered) result.requiredAnswered++;
      else result.missingRequired.push(question.id);
    }
  }
  return result;
}

/** Decides scope for many questions while looking each `showIf` chain up once. */
function scopeResolver(
  definition: HasQuestions,
  depth: Depth,
  answers: AnswerMap,
): (question: Question) => boolean {
  const byId = new Map<string, Question>();
  for (const q of definition.questions) if (!byId.has(q.id)) byId.set(q.id, q);
  const decided = new Map<Question, boolean>();
  const deciding = new Set<Question>();

  const showIfHolds = (showIf: ShowIf): boolean => {
    const referenced = byId.get(showIf.questionId);
    if (!referenced || !asked(referenced)) return false;
    const value = answers[showIf.questionId]?.value;
    if (typeof value === 'string') return showIf.in.includes(value);
    if (Array.isArray(value)) return value.some((chosen) => showIf.in.includes(chosen));
    return false;
  };

  const asked = (question: Question): boolean => {
    const known = decided.get(question);
    if (known !== undefined) return known;
    // A cycle cannot pass validation; should one reach here, its questions are simply not asked.
    if (deciding.has(question)) return false;
    deciding.add(question);
    const result =
      isDepthAsked(question.depth, depth) &&
      (question.showIf === undefined || showIfHolds(question.showIf));
    deciding.delete(question);
    decided.set(question, result);
    return result;
  };

  return asked;
}
