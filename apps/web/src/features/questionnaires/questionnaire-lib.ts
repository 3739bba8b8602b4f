/**
 * Helpers of `@ses/questionnaire` that import only types, taken from the package's subpath
 * entries (as the portal does): the package's entry point also evaluates the zod schemas and
 * parses the built-in questionnaire, which the compare page has no use for.
 * Types come from the package as usual: type-only imports cost nothing.
 */
export { diffDefinitions, type DefinitionDiff, type FieldChange, type ItemChange, type ChangeKind } from '@ses/questionnaire/diff';
export { formatPath, type Problem } from '@ses/questionnaire/problem';
