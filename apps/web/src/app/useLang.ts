import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Language } from '@ses/questionnaire';

/** The console's language, as the questionnaire format's language (for bilingual texts). */
export function useLang(): ComputedRef<Language> {
  const { locale } = useI18n();
  return computed(() => (locale.value === 'ja' ? 'ja' : 'en'));
}
