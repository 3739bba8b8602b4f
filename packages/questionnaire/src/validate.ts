import {
  CHOICE_TYPES,
  FORMAT_VERSION,
  definitionSchema,
  type Question,
  type QuestionnaireDefinition,
} from './format.js';
import { formatPath, type Problem } from './problem.js';
import { UPGRADE_STEPS, upgradeWith } from './upgrade.js';

export type ValidationResult =
  { ok: true; definition: QuestionnaireDefinition } | { ok: false; problems: Problem[] };

/** Thrown by `assertValidDefinition`; carries the problems so the API can return them as issues. */
export class InvalidDefinitionError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `invalid questionnaire definition:\n${problems.map((p) => `- ${p.path || '(document)'}: ${p.message}`).join('\n')}`,
    );
    this.name = 'InvalidDefinitionError';
  }
}

type Report = (path: string, message: string) => void;

/**
 * Upgrades, parses and checks a definition. Shape problems come first and alone: the
 * cross-document rules read ids, themes and options, which mean nothing until the shape holds.
 */
export function validateDefinition(raw: unknown): ValidationResult {
  const upgraded = upgradeWith(raw, UPGRADE_STEPS, FORMAT_VERSION);
  if (!upgraded.ok) return { ok: false, problems: [upgraded.problem] };

  const parsed = definitionSchema.safeParse(upgraded.document);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }

  const problems = checkRules(parsed.data);
  return problems.length === 0 ? { ok: true, definition: parsed.data } : { ok: false, problems };
}

/** The parsed definition, or an InvalidDefinitionError listing every problem. */
export function assertValidDefinition(raw: unknown): QuestionnaireDefinition {
  const result = validateDefinition(raw);
  if (!result.ok) throw new InvalidDefinitionError(result.problems);
  return result.definition;
}

export function isChoiceQuestion(question: Pick<Question, 'type'>): boolean {
  return CHOICE_TYPES.includes(question.type);
}

function checkRules(definition: QuestionnaireDefinition): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });

  const themeIndex = new Map<string, number>();
  definition.themes.forEach((theme, i) => {
    const first = themeIndex.get(theme.key);
    if (first === undefined) themeIndex.set(theme.key, i);
    else report(`themes[${i}].key`, `theme key "${theme.key}" is already used by themes[${first}]`);
  });

  // The first occurrence of an id is the question; later ones are the duplicates, and
  // references resolve to the first.
  const questionIndex = new Map<string, number>();
  definition.questions.forEach((question, i) => {
    if (!questionIndex.has(question.id)) questionIndex.set(question.id, i);
  });

  definition.questions.forEach((question, i) => {
    const at = `questions[${i}]`;
    const first = questionIndex.get(question.id);
    if (first !== i) {
      report(`${at}.id`, `question id "${question.id}" is already used by questions[${first}]`);
    }
    if (!themeIndex.has(question.theme)) {
      report(
        `${at}.theme`,
        `${question.id} belongs to theme "${question.theme}", which is not in the themes list`,
      );
    }
    checkOptions(question, at, report);
    checkShowIf(question, i, definition.questions, questionIndex, report);
    checkCritical(question, at, report);
  });
  return problems;
}

function checkOptions(question: Question, at: string, report: Report): void {
  const options = question.options ?? [];
  if (!isChoiceQuestion(question)) {
    // An empty list is harmless: editors often write `options: []` for every question.
    if (options.length > 0) {
      report(`${at}.options`, `${question.id} is a ${question.type} question and takes no options`);
    }
    return;
  }
  if (options.length < 2) {
    report(
      `${at}.options`,
      `${question.id} is a ${question.type} question and needs at least 2 options; it has ${options.length}`,
    );
  }
  const seen = new Set<string>();
  options.forEach((option, j) => {
    if (seen.has(option.value)) {
      report(
        `${at}.options[${j}].value`,
        `${question.id} offers the value "${option.value}" more than once`,
      );
    }
    seen.add(option.value);
  });
}

function checkShowIf(
  question: Question,
  i: number,
  questions: readonly Question[],
  questionIndex: ReadonlyMap<string, number>,
  report: Report,
): void {
  if (!question.showIf) return;
  const at = `questions[${i}].showIf`;
  const { questionId } = question.showIf;
  const target = questionIndex.get(questionId);
  // Pointing only backwards keeps scope decidable in one pass and rules out cycles.
  if (target === undefined) {
    return report(
      `${at}.questionId`,
      `${question.id} depends on "${questionId}", which is not a question here`,
    );
  }
  if (target === i) return report(`${at}.questionId`, `${question.id} cannot depend on itself`);
  if (target > i) {
    return report(
      `${at}.questionId`,
      `${question.id} depends on "${questionId}", which comes later; showIf must refer to an earlier question`,
    );
  }
  const referenced = questions[target]!;
  if (!isChoiceQuestion(referenced)) {
    return report(
      `${at}.questionId`,
      `${question.id} depends on "${questionId}", a ${referenced.type} question; showIf needs a choice question (${CHOICE_TYPES.join(', ')})`,
    );
  }
  // A core question behind an extended one would silently never be asked of core suppliers.
  if (question.depth === 'core' && referenced.depth === 'extended') {
    report(
      `${at}.questionId`,
      `${question.id} is a core question but depends on "${questionId}", which is asked only at the extended depth`,
    );
  }
  const offered = new Set((referenced.options ?? []).map((o) => o.value));
  question.showIf.in.forEach((value, k) => {
    if (!offered.has(value)) {
      report(`${at}.in[${k}]`, `"${value}" is not an option of ${questionId}`);
    }
  });
}

function checkCritical(question: Question, at: string, report: Report): void {
  if (!question.critical) return;
  if (!isChoiceQuestion(question)) {
    report(
      `${at}.critical`,
      `${question.id} is critical but a ${question.type} question; only a choice question can be failed`,
    );
  } else if (!(question.options ?? []).some((option) => option.score === 0)) {
    report(`${at}.options`, `${question.id} is critical, so one of its options must score 0`);
  }
  // The feedback sheet prints this guidance beside every critical failure.
  if (!question.guidance) {
    report(
      `${at}.guidance`,
      `${question.id} is critical and needs corrective guidance in Japanese and English`,
    );
  }
}
