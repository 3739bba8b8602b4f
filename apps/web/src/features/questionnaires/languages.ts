/** The two languages of every questionnaire text, Japanese first as in the format. */
export const LANGUAGES = ['ja', 'en'] as const;
