import { addLocaleMessages, i18n } from '@/app/i18n';
import { type Locale, rememberLocale } from '@/app/locale';
import type en from './locales/en.json';

type GrievanceMessages = typeof en;

declare module 'vue-i18n' {
  // The public grievance page's keys (`grievancePage.*`).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends GrievanceMessages {}
}

// The page's own messages: on /g/… neither the console's nor the portal's are loaded
// (app/i18n.ts skips the console's for public paths).
const files: Record<Locale, () => Promise<{ default: GrievanceMessages }>> = {
  ja: () => import('./locales/ja.json'),
  en: () => import('./locales/en.json'),
};

export async function ensureGrievanceMessages(locale: Locale): Promise<void> {
  const has = i18n.global.te as unknown as (key: string, locale: string) => boolean;
  if (!has('grievancePage.title', locale))
    addLocaleMessages(locale, (await files[locale]()).default);
}

/** Switches the page's language, loading only this page's messages; `remember` when chosen. */
export async function switchGrievanceLanguage(locale: Locale, remember = false): Promise<void> {
  await ensureGrievanceMessages(locale);
  (i18n.global.locale as unknown as { value: string }).value = locale;
  document.documentElement.lang = locale;
  if (remember) rememberLocale(locale);
}

export function grievanceLocale(): Locale {
  return (i18n.global.locale as unknown as { value: Locale }).value;
}
