import type { QuestionnaireDefinition } from '@ses/questionnaire';
import { base } from '@ses/questionnaire/testing';
import { validateDefinition } from './validate-definition';

/** The package's small test questionnaire, parsed (defaults filled in). */
export function fixture(): QuestionnaireDefinition {
  const result = validateDefinition(base());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.definition;
}
