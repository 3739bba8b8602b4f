/**
 * What other modules may read of the questionnaires in SQL: read-only relations, used as
 * `JOIN ${QUESTIONNAIRE_VERSIONS} v ON …`. Every write goes through QuestionnairesService.
 */
export const QUESTIONNAIRES = `(SELECT * FROM questionnaires)`;
export const QUESTIONNAIRE_VERSIONS = `(SELECT * FROM questionnaire_versions)`;
