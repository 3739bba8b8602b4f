import { computed, nextTick, ref, watch } from 'vue';
import { type FieldErrors, type SchemaLike, validate } from './validation';

/**
 * Field errors of a form checked against a shared wire schema. Nothing is shown until the
 * first submit; from then on the messages follow the user's edits. Errors the server
 * returned are dropped as soon as anything changes.
 */
export function useFormErrors<T>(data: () => unknown, schema: () => SchemaLike<T>, overrides?: Record<string, string>) {
  const clientErrors = ref<FieldErrors>({});
  const serverErrors = ref<FieldErrors>({});
  const attempted = ref(false);

  function run(): ReturnType<typeof validate<T>> {
    const result = validate(schema(), data(), overrides);
    clientErrors.value = result.ok ? {} : result.errors;
    return result;
  }

  watch(
    data,
    () => {
      serverErrors.value = {};
      if (attempted.value) run();
    },
    { deep: true },
  );

  /** Validates for a submit: the parsed data, or null when a field is wrong. */
  function check(): T | null {
    attempted.value = true;
    const result = run();
    if (!result.ok) {
      // Take the keyboard (and the screen reader) to the first field to correct.
      void nextTick(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
    return result.ok ? result.data : null;
  }

  function reset(): void {
    attempted.value = false;
    clientErrors.value = {};
    serverErrors.value = {};
  }

  const errors = computed<FieldErrors>(() => ({ ...serverErrors.value, ...clientErrors.value }));
  const hasErrors = computed(() => Object.keys(clientErrors.value).length > 0);

  return {
    errors,
    hasErrors,
    check,
    reset,
    setServerErrors: (e: FieldErrors) => (serverErrors.value = e),
  };
}
