import {
  definitionSchema,
  type QuestionInput,
  type QuestionnaireDefinition,
  type QuestionnaireDefinitionInput,
} from '@ses/questionnaire';

type ThemeInput = QuestionnaireDefinitionInput['themes'][number];

/** Small builders so a test reads as its rule, not as bilingual boilerplate. */
const text = (s: string) => ({ ja: s, en: s });

export type OptionScores = Record<string, number | null>;

export const YES_NO: OptionScores = { yes: 1, no: 0 };
export const YES_NO_NA: OptionScores = { yes: 1, no: 0, na: null };

export function options(scores: OptionScores) {
  return Object.entries(scores).map(([value, score]) => ({ value, label: text(value), score }));
}

export interface Q {
  id: string;
  theme?: string;
  type?: QuestionInput['type'];
  scores?: OptionScores;
  weight?: number;
  critical?: boolean;
  depth?: 'core' | 'extended';
  showIf?: { questionId: string; in: string[] };
}

export function question(q: Q): QuestionInput {
  const type = q.type ?? 'yes_no';
  const choice = type === 'yes_no' || type === 'single_choice' || type === 'multi_choice';
  return {
    id: q.id,
    theme: q.theme ?? 'labour',
    text: text(q.id),
    type,
    ...(choice ? { options: options(q.scores ?? YES_NO) } : {}),
    ...(q.weight !== undefined ? { weight: q.weight } : {}),
    ...(q.critical !== undefined ? { critical: q.critical } : {}),
    ...(q.depth !== undefined ? { depth: q.depth } : {}),
    ...(q.showIf !== undefined ? { showIf: q.showIf } : {}),
  };
}

export function theme(key: string, weight?: number): ThemeInput {
  return { key, title: text(key), ...(weight !== undefined ? { weight } : {}) };
}

/**
 * Themes given as keys (weight 1) or [key, weight]. Parsed, defaults filled in, as the API
 * hands definitions to grading; cross-document rules (unique ids …) are not checked, so
 * tests can build the broken definitions compile() must refuse.
 */
export function definition(
  themes: (string | [string, number])[],
  questions: Q[],
): QuestionnaireDefinition {
  const input: QuestionnaireDefinitionInput = {
    key: 'test',
    title: text('test'),
    themes: themes.map((t) => (typeof t === 'string' ? theme(t) : theme(t[0], t[1]))),
    questions: questions.map(question),
  };
  return definitionSchema.parse(input);
}

/** `{ id: value }` → stored answers `{ id: { value } }`. */
export function answers(values: Record<string, string | string[] | number | null>) {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));
}
