import { addLocaleMessages, i18n, setLocale } from '@/app/i18n';
import { type Locale, isLocale, readRememberedLocale } from '@/app/locale';
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

/** Loads (once) the portal's messages for `locale`, without switching to it. */
export async function ensurePortalMessages(locale: Locale): Promise<void> {
  if (!has('supplierPortal.title', locale)) addLocaleMessages(locale, (await portalMessages[locale]()).default);
}

/**
 * Switches the page's language; `remember` when the supplier chose it. The portal's
 * messages are merged first, so that no frame is drawn in the new language without them;
 * setLocale then adds the app's own (the `ui.*` texts of shared components, error texts).
 */
export async function switchPortalLanguage(locale: Locale, remember = false): Promise<void> {
  await ensurePortalMessages(locale);
  await setLocale(locale, remember);
}

/** A language chosen earlier on this browser wins; else the one the buyer set for the contact. */
export function initialPortalLanguage(contactLanguage: string): Locale {
  const remembered = readRememberedLocale();
  if (isLocale(remembered)) return remembered;
  return isLocale(contactLanguage) ? contactLanguage : 'en';
}
