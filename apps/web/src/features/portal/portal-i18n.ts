import { i18n, setLocale, type MessageSchema } from '@/app/i18n';
import { type Locale, isLocale, readRememberedLocale } from '@/app/locale';
import type en from './locales/en.json';

type PortalMessages = typeof en;

declare module 'vue-i18n' {
  // The portal's keys (`supplierPortal.*`) typed beside the console's.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends PortalMessages {}
}

// The portal's messages are its own files, merged into the app's i18n instance when the
// portal opens, so that the console's bundle and the portal's stay apart. The app's own
// messages (the `ui.*` texts of shared components, error texts) are loaded with them; these
// are the same chunks app/i18n.ts loads.
const portalMessages: Record<Locale, () => Promise<{ default: PortalMessages }>> = {
  ja: () => import('./locales/ja.json'),
  en: () => import('./locales/en.json'),
};
const appMessages: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  ja: () => import('../../locales/ja.json'),
  en: () => import('../../locales/en.json'),
};

/** Loads (once) what the portal needs to speak `locale`, without switching to it. */
export async function ensurePortalMessages(locale: Locale): Promise<void> {
  const g = i18n.global;
  const needApp = !g.te('app.name', locale);
  const needPortal = !g.te('supplierPortal.title', locale);
  if (!needApp && !needPortal) return;
  const [app, portal] = await Promise.all([
    needApp ? appMessages[locale]() : null,
    needPortal ? portalMessages[locale]() : null,
  ]);
  if (app) g.setLocaleMessage(locale, app.default);
  if (portal) g.mergeLocaleMessage(locale, portal.default as unknown as MessageSchema);
}

/** Switches the page's language; `remember` when the supplier chose it. */
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
