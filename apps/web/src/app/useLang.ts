import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Language } from '@ses/questionnaire';

/** The console's language, as the questionnaire format's language (for bilingual texts). */
export function useLang(): ComputedRef<Language> {
  const { locale } = useI18n();
  return computed(() => (locale.value === 'ja' ? 'ja' : 'en'));
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/**
 * The `lang` a name needs inside a page of another language: a Japanese supplier or
 * campaign name in an English page is read out by a Japanese voice (WCAG 3.1.2).
 */
export function nameLang(text: string | null | undefined, pageLang: string): 'ja' | undefined {
  return text && pageLang !== 'ja' && JAPANESE.test(text) ? 'ja' : undefined;
}
