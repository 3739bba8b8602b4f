import type { AnswerValue, Answers, Question, QuestionnaireDefinition } from './format.js';

/** Same bound as `answerValueSchema`, checked here too for values built in code. */
export const MAX_TEXT_LENGTH = 10_000;
/** A supplier's comment beside an answer. */
export const MAX_COMMENT_LENGTH = 5_000;

export interface AnswerProblem {
  questionId: string;
  message: string;
}

/**
 * Why `value` cannot be the answer to `question`, or null when it can. `null` always fits:
 * it clears the answer. Answers copied from an earlier campaign meet newer versions of a
 * question, so an offered value must be checked against the question as it is now.
 */
export function validateAnswer(question: Question, value: AnswerValue): string | null {
  if (value === null) return null;
  switch (question.type) {
    case 'yes_no':
    case 'single_choice': {
      const offered = offeredValues(question);
      if (typeof value !== 'string') return `expected one of ${list(offered)}, got ${kind(value)}`;
      return offered.includes(value) ? null : `"${value}" is not one of ${list(offered)}`;
    }
    case 'multi_choice': {
      const offered = offeredValues(question);
      if (!isStringArray(value)) {
        return `expected a list of values from ${list(offered)}, got ${kind(value)}`;
      }
      const seen = new Set<string>();
      for (const chosen of value) {
        if (!offered.includes(chosen)) return `"${chosen}" is not one of ${list(offered)}`;
        if (seen.has(chosen)) return `"${chosen}" is chosen more than once`;
        seen.add(chosen);
      }
      return null;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : `expected a number, got ${kind(value)}`;
    case 'text':
      if (typeof value !== 'string') return `expected text, got ${kind(value)}`;
      return value.length <= MAX_TEXT_LENGTH
        ? null
        : `the text is ${value.length.toLocaleString('en')} characters; at most ${MAX_TEXT_LENGTH.toLocaleString('en')} are allowed`;
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return `expected a date as YYYY-MM-DD, got ${typeof value === 'string' ? `"${value}"` : kind(value)}`;
      }
      return isRealDate(value) ? null : `"${value}" is not a calendar date`;
    case 'file':
      if (!isStringArray(value)) return `expected a list of attachment ids, got ${kind(value)}`;
      return value.some((id) => id.trim() === '') ? 'an attachment id is empty' : null;
    default:
      return assertNever(question.type);
  }
}

/** Every answer that does not fit its question, and every answer to a question the definition lacks. */
export function validateAnswers(
  definition: Pick<QuestionnaireDefinition, 'questions'>,
  answers: Readonly<Answers>,
): AnswerProblem[] {
  const byId = new Map(definition.questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) {
      problems.push({
        questionId,
        message: `there is no question "${questionId}" in this questionnaire`,
      });
      continue;
    }
    const message = validateAnswer(question, answer.value);
    if (message !== null) problems.push({ questionId, message });
  }
  return problems;
}

function offeredValues(question: Question): string[] {
  return (question.options ?? []).map((option) => option.value);
}

function list(values: readonly string[]): string {
  return values.length === 0 ? 'the offered values (none)' : values.map((v) => `"${v}"`).join(', ');
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : String(value);
  return value === null ? 'null' : `a ${typeof value}`;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}

function assertNever(value: never): never {
  throw new Error(`unhandled question type ${String(value)}`);
}
