import { z } from 'zod';
import { MAX_COMMENT_LENGTH, MAX_TEXT_LENGTH } from './answer.js';

/**
 * The questionnaire definition format (DESIGN §3). A definition is a JSON document; these
 * schemas check its shape. Rules that look across the document (unique ids, `showIf`
 * pointing backwards, critical questions able to fail …) live in `validate.ts`.
 *
 * Bump FORMAT_VERSION when the shape changes and add an `up` step in `upgrade.ts`, so that
 * stored definitions of older versions stay readable.
 */
export const FORMAT_VERSION = 1 as const;

export const LANGUAGES = ['ja', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const localizedTextSchema = z.object({
  ja: z.string().trim().min(1, 'Japanese text is empty'),
  en: z.string().trim().min(1, 'English text is empty'),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const QUESTION_TYPES = [
  'yes_no',
  'single_choice',
  'multi_choice',
  'number',
  'text',
  'date',
  'file',
] as const;
export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

/** Question types whose answers are chosen from `options` and can carry a score. */
export const CHOICE_TYPES: readonly QuestionType[] = ['yes_no', 'single_choice', 'multi_choice'];

export const DEPTHS = ['core', 'extended'] as const;
export const depthSchema = z.enum(DEPTHS);
export type Depth = z.infer<typeof depthSchema>;

export const levelSchema = z.enum(['mandatory', 'recommended']);
export type Level = z.infer<typeof levelSchema>;

export const evidenceSchema = z.enum(['none', 'optional', 'required']);
export type Evidence = z.infer<typeof evidenceSchema>;

const keyPattern = /^[a-z][a-z0-9_]{0,39}$/;
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

export const optionSchema = z.object({
  value: z.string().trim().min(1).max(64),
  label: localizedTextSchema,
  /** A score in [0, 1], or null for "not applicable": the question then leaves the sums. */
  score: z.number().min(0).max(1).nullable(),
});
export type Option = z.infer<typeof optionSchema>;

export const showIfSchema = z.object({
  questionId: z.string().regex(idPattern),
  in: z.array(z.string().min(1)).min(1),
});
export type ShowIf = z.infer<typeof showIfSchema>;

export const themeSchema = z.object({
  key: z.string().regex(keyPattern, 'a theme key is lower_snake_case'),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  weight: z.number().min(0).default(1),
});
export type Theme = z.infer<typeof themeSchema>;

export const questionSchema = z.object({
  /** Stable across versions (e.g. `LAB-03`): answers are keyed by it. */
  id: z.string().regex(idPattern, 'a question id is 1–40 letters, digits, "-", "_" or "."'),
  theme: z.string().regex(keyPattern),
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  type: questionTypeSchema,
  options: z.array(optionSchema).optional(),
  required: z.boolean().default(true),
  /** Weight within its theme. 0 keeps a choice question asked but unscored. */
  weight: z.number().min(0).max(100).default(1),
  critical: z.boolean().default(false),
  level: levelSchema.default('recommended'),
  depth: depthSchema.default('core'),
  evidence: evidenceSchema.default('none'),
  showIf: showIfSchema.optional(),
  /** Source items, e.g. `TMG 4.3` or `TMG 4.9, NAP foreign workers`. */
  reference: z.string().max(200).optional(),
  /** Corrective guidance printed on the feedback sheet when the question is failed. */
  guidance: localizedTextSchema.optional(),
});
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;

export const definitionSchema = z.object({
  formatVersion: z.literal(FORMAT_VERSION).default(FORMAT_VERSION),
  key: z.string().regex(keyPattern, 'a questionnaire key is lower_snake_case'),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  themes: z.array(themeSchema).min(1),
  questions: z.array(questionSchema).min(1),
});
/** A parsed definition: defaults filled in. */
export type QuestionnaireDefinition = z.infer<typeof definitionSchema>;
/** A definition as written by hand or stored as JSON: defaults may be left out. */
export type QuestionnaireDefinitionInput = z.input<typeof definitionSchema>;

/**
 * Answer values (DESIGN §6): `yes_no` and `single_choice` take the option's value,
 * `multi_choice` an array of values, `number` a number, `text` and `date` a string,
 * `file` the ids of uploaded attachments. `null` clears an answer.
 */
export const answerValueSchema = z.union([
  z.string().max(MAX_TEXT_LENGTH),
  z.number().finite(),
  z.array(z.string().max(200)).max(100),
  z.null(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerSchema = z.object({
  value: answerValueSchema,
  comment: z.string().max(MAX_COMMENT_LENGTH).optional(),
});
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = z.record(z.string().regex(idPattern), answerSchema);
export type Answers = z.infer<typeof answersSchema>;
