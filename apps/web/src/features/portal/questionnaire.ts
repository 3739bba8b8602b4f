/**
 * The questionnaire helpers the portal runs in the browser, taken from the package's subpath
 * entries rather than from `@ses/questionnaire`: the entry point also evaluates the zod
 * schemas of the format and the built-in questionnaire (about 29 KB gzip). These three
 * modules import only types, so the portal chunk gets the logic and none of that.
 * Types come from the package as usual: type-only imports cost nothing.
 */
export {
  isAsked,
  isAnswered,
  progress,
  questionsInScope,
  type Progress,
} from '@ses/questionnaire/scope';
export { validateAnswer } from '@ses/questionnaire/answer';
export { localize } from '@ses/questionnaire/text';
