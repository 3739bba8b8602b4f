/**
 * One thing wrong with a definition, located by a path into the document such as
 * `questions[3].showIf.questionId`. The empty path means the document as a whole.
 * The API returns these as the `issues` of a 400, so an author can find each spot.
 */
export interface Problem {
  path: string;
  message: string;
}

/** `['questions', 3, 'showIf']` → `questions[3].showIf`, the form authors see. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
