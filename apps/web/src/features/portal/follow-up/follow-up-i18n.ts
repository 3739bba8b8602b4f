import { addLocaleMessages, i18n } from '@/app/i18n';
import type { Locale } from '@/app/locale';
import { addPortalMessageSource } from '../portal-i18n';
import type en from './locales/en.json';

type FollowUpMessages = typeof en;

declare module 'vue-i18n' {
  // The feedback sheet's and corrective actions' keys (`portalFollowUp.*`).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends FollowUpMessages {}
}

// Kept out of the portal's own files: they are fetched only with the chunks that use them,
// so the portal's first load stays as it was (DESIGN §7).
const files: Record<Locale, () => Promise<{ default: FollowUpMessages }>> = {
  ja: () => import('./locales/ja.json'),
  en: () => import('./locales/en.json'),
};

export async function ensureFollowUpMessages(locale: Locale): Promise<void> {
  const has = i18n.global.te as unknown as (key: string, locale: string) => boolean;
  if (!has('portalFollowUp.nav.label', locale))
    addLocaleMessages(locale, (await files[locale]()).default);
}

// From now on a change of the portal's language loads these messages before switching.
addPortalMessageSource(ensureFollowUpMessages);
