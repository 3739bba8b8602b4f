/**
 * The questionnaire helpers the portal runs in the browser, taken from the package's source
 * files rather than from `@ses/questionnaire`: the package's entry point also evaluates the
 * zod schemas of the format and the built-in questionnaire (about 29 KB gzip that tree-shaking
 * cannot drop, as the package does not declare `"sideEffects": false`). These three files
 * import only types, so the portal chunk gets the logic and none of that.
 * Types come from the package as usual: type-only imports cost nothing.
 */
export {
  isAsked,
  isAnswered,
  progress,
  questionsInScope,
  type Progress,
} from '../../../../../packages/questionnaire/src/scope';
export { validateAnswer } from '../../../../../packages/questionnaire/src/answer';
export { localize } from '../../../../../packages/questionnaire/src/text';
