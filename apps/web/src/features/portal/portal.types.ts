import type { Attachment, PortalResponse, answerSheetUploadResultSchema } from '@ses/api-types';
import type { QuestionnaireDefinition } from '@ses/questionnaire';
import type { z } from 'zod';

/** The portal view with its definition typed (the wire schema leaves it open). */
export type PortalData = Omit<PortalResponse, 'definition'> & {
  definition: QuestionnaireDefinition;
};
export type { Attachment };
export type AnswerSheetResult = z.infer<typeof answerSheetUploadResultSchema>;

/** A step of the questionnaire: a theme's key, or the review and submission page. */
export const REVIEW_STEP = 'review';
