import { type Ref, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import { type DraftProblem, placeProblems, syntaxProblem } from './draft-problems';
import { type JsonIndex, JsonSyntaxError, indexJson } from './json-locate';
import type { Problem } from './questionnaire-lib';
import { validateDefinition } from './validate-definition';

/**
 * Checks the draft's JSON text as it is typed (after a pause): first that it is JSON, then
 * `validateDefinition`. Problems the server reported on save are kept and placed again in
 * the current text each time, until the next save replaces them.
 */
export function useDraftValidation(text: Ref<string>, delay = 400) {
  const problems = shallowRef<DraftProblem[]>([]);
  const serverProblems = shallowRef<DraftProblem[]>([]);
  /** The parsed document; undefined while the text is not JSON. */
  const document = shallowRef<unknown>(undefined);
  const checking = ref(false);
  let server: Problem[] = [];
  /** The text last checked: a change made and checked at once (by the form) is not checked twice. */
  let checked: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function check(): void {
    clearTimeout(timer);
    checking.value = false;
    const value = text.value;
    checked = value;
    let index: JsonIndex;
    try {
      index = indexJson(value);
    } catch (e) {
      // Deeply nested input can exhaust the scanner's stack: report it at the start.
      const error = e instanceof JsonSyntaxError ? e : new JsonSyntaxError(0, null);
      problems.value = [syntaxProblem(value, error)];
      document.value = undefined;
      return;
    }
    const doc: unknown = JSON.parse(value);
    document.value = doc;
    const result = validateDefinition(doc);
    problems.value = result.ok ? [] : placeProblems(value, index, doc, result.problems);
    serverProblems.value = server.length ? placeProblems(value, index, doc, server) : [];
  }

  function setServerProblems(list: Problem[]): void {
    server = list;
    check();
  }

  watch(
    text,
    (value) => {
      if (value === checked) return;
      checking.value = true;
      clearTimeout(timer);
      timer = setTimeout(check, delay);
    },
  );
  onBeforeUnmount(() => clearTimeout(timer));

  return { problems, serverProblems, document, checking, check, setServerProblems };
}
