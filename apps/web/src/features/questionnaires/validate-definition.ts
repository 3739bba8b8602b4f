/**
 * `validateDefinition` from the package's subpath entry: it needs zod and the format's
 * schemas, but not the built-in questionnaire the package's entry point also parses on load.
 * Only the draft editor imports this file, so zod stays in that page's chunk.
 */
export { validateDefinition, type ValidationResult } from '@ses/questionnaire/validate';
