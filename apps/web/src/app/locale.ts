export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language choices, each named in itself, so that anyone can find their own. */
export const LOCALE_OPTIONS = [
  { value: 'ja', label: '日本語', lang: 'ja' },
  { value: 'en', label: 'English', lang: 'en' },
] as const satisfies readonly { value: Locale; label: string; lang: Locale }[];

export const LOCALE_STORAGE_KEY = 'ses.locale';
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language to show: the one the user chose before (remembered), else the first of the
 * browser's preferred languages that we have (`ja-JP` → `ja`), else English.
 */
export function detectLocale(preferred: readonly string[], remembered: string | null | undefined): Locale {
  if (isLocale(remembered)) return remembered;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

export function readRememberedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

export function browserLocale(): Locale {
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return detectLocale(langs, readRememberedLocale());
}
