import { describe, expect, it } from 'vitest';
import { validateAnswer, validateAnswers } from './answer.js';
import {
  questionSchema,
  type AnswerValue,
  type QuestionInput,
  type QuestionType,
} from './format.js';

const t = (en: string) => ({ ja: en, en });
const options = ['yes', 'no', 'na'].map((value) => ({ value, label: t(value), score: null }));

function question(type: QuestionType, extra: Partial<QuestionInput> = {}) {
  const withOptions = type === 'yes_no' || type === 'single_choice' || type === 'multi_choice';
  return questionSchema.parse({
    id: `Q-${type}`,
    theme: 'general',
    text: t('?'),
    type,
    ...(withOptions ? { options } : {}),
    ...extra,
  });
}

const rows: [QuestionType, AnswerValue, string | null][] = [
  ['yes_no', 'yes', null],
  ['yes_no', 'maybe', '"maybe" is not one of "yes", "no", "na"'],
  ['yes_no', ['yes'], 'expected one of "yes", "no", "na", got a list'],
  ['single_choice', 'na', null],
  ['single_choice', 1, 'expected one of "yes", "no", "na", got a number'],
  ['multi_choice', ['yes', 'na'], null],
  ['multi_choice', [], null],
  ['multi_choice', 'yes', 'expected a list of values from "yes", "no", "na", got text'],
  ['multi_choice', ['yes', 'other'], '"other" is not one of "yes", "no", "na"'],
  ['multi_choice', ['no', 'no'], '"no" is chosen more than once'],
  ['number', 0, null],
  ['number', -12.5, null],
  ['number', Number.NaN, 'expected a number, got NaN'],
  ['number', Number.POSITIVE_INFINITY, 'expected a number, got Infinity'],
  ['number', '12', 'expected a number, got text'],
  ['text', 'We audit yearly.', null],
  ['text', 'x'.repeat(10_000), null],
  ['text', 'x'.repeat(10_001), 'the text is 10,001 characters; at most 10,000 are allowed'],
  ['text', 3, 'expected text, got a number'],
  ['date', '2024-02-29', null],
  ['date', '2023-02-29', '"2023-02-29" is not a calendar date'],
  ['date', '2024-13-01', '"2024-13-01" is not a calendar date'],
  ['date', '2024-04-31', '"2024-04-31" is not a calendar date'],
  ['date', '2024-4-1', 'expected a date as YYYY-MM-DD, got "2024-4-1"'],
  ['date', '2024-04-01T00:00:00Z', 'expected a date as YYYY-MM-DD, got "2024-04-01T00:00:00Z"'],
  ['date', 20240401, 'expected a date as YYYY-MM-DD, got a number'],
  ['file', ['att-1', 'att-2'], null],
  ['file', 'att-1', 'expected a list of attachment ids, got text'],
  ['file', ['att-1', ' '], 'an attachment id is empty'],
];

describe('validateAnswer', () => {
  it.each(rows)('%s %j → %s', (type, value, expected) => {
    expect(validateAnswer(question(type), value)).toBe(expected);
  });

  it.each(['yes_no', 'multi_choice', 'number', 'text', 'date', 'file'] as const)(
    'accepts null for %s: it clears the answer',
    (type) => {
      expect(validateAnswer(question(type), null)).toBeNull();
    },
  );

  it('checks against the options the question has now', () => {
    const narrowed = question('single_choice', { options: options.slice(0, 2) });
    expect(validateAnswer(narrowed, 'na')).toBe('"na" is not one of "yes", "no"');
  });
});

describe('validateAnswers', () => {
  it('lists misfits and unknown questions, keyed by question id', () => {
    const definition = { questions: [question('yes_no'), question('number')] };
    expect(
      validateAnswers(definition, {
        'Q-yes_no': { value: 'yes' },
        'Q-number': { value: 'many' },
        'Q-gone': { value: 'yes', comment: 'from last year' },
      }),
    ).toEqual([
      { questionId: 'Q-number', message: 'expected a number, got text' },
      { questionId: 'Q-gone', message: 'there is no question "Q-gone" in this questionnaire' },
    ]);
  });

  it('returns nothing when all answers fit', () => {
    const definition = { questions: [question('text')] };
    expect(validateAnswers(definition, { 'Q-text': { value: null } })).toEqual([]);
  });
});
