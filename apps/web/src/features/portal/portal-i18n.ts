import { addLocaleMessages, i18n } from '@/app/i18n';
import { type Locale, isLocale, readRememberedLocale, rememberLocale } from '@/app/locale';
import type en from './locales/en.json';

type PortalMessages = typeof en;

declare module 'vue-i18n' {
  // The portal's keys (`supplierPortal.*`) typed beside the console's.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends PortalMessages {}
}

// The portal's messages are its own files, merged into the app's i18n instance when the
// portal needs them, so that neither bundle carries the other's texts.
const portalMessages: Record<Locale, () => Promise<{ default: PortalMessages }>> = {
  ja: () => import('./locales/ja.json'),
  en: () => import('./locales/en.json'),
};

function has(key: string, locale: Locale): boolean {
  return (i18n.global.te as unknown as (key: string, locale: string) => boolean)(key, locale);
}

// The portal's lazily loaded parts (feedback, corrective actions) bring their own messages
// and register here, so that a change of language waits for theirs too.
const lazyMessages = new Set<(locale: Locale) => Promise<void>>();
export function addPortalMessageSource(load: (locale: Locale) => Promise<void>): void {
  lazyMessages.add(load);
}

/** Loads (once) the portal's messages for `locale`, without switching to it. */
export async function ensurePortalMessages(locale: Locale): Promise<void> {
  if (!has('supplierPortal.title', locale))
    addLocaleMessages(locale, (await portalMessages[locale]()).default);
  await Promise.all([...lazyMessages].map((load) => load(locale)));
}

/**
 * Switches the page's language; `remember` when the supplier chose it. Unlike app/i18n's
 * setLocale this does not fetch the console's messages for the new language (5–11 KB gzip
 * each, growing with the console): the portal's texts are all in its own files. Should the
 * console be opened later in the same tab, setLocale still finds its messages missing
 * (it checks for `app.name`) and loads them then.
 */
export async function switchPortalLanguage(locale: Locale, remember = false): Promise<void> {
  await ensurePortalMessages(locale);
  (i18n.global.locale as unknown as { value: string }).value = locale;
  document.documentElement.lang = locale;
  if (remember) rememberLocale(locale);
}

/** A language chosen earlier on this browser wins; else the one the buyer set for the contact. */
export function initialPortalLanguage(contactLanguage: string): Locale {
  const remembered = readRememberedLocale();
  if (isLocale(remembered)) return remembered;
  return isLocale(contactLanguage) ? contactLanguage : 'en';
}
