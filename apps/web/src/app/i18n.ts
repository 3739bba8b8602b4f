import { createI18n } from 'vue-i18n';
import type en from '../locales/en.json';
import { type Locale, browserLocale, rememberLocale } from './locale';

export type MessageSchema = typeof en;

declare module 'vue-i18n' {
  // Typed message keys for `t()` everywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/**
 * Messages are JSON, loaded per language on demand (so a page loads one language only),
 * and compiled by vue-i18n's JIT compiler to an AST that is interpreted: no `eval`, no
 * `new Function`, CSP `script-src 'self'` is enough.
 */
export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
  // Filled per language by setLocale (and by features that bring their own messages).
  messages: {},
});

const loaders: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  ja: () => import('../locales/ja.json'),
  en: () => import('../locales/en.json'),
};

/**
 * Adds messages for a language, merged into those already there: the console's files, or a
 * feature's own (the portal keeps its texts in separate files so the bundles stay apart).
 * Typed loosely on purpose: each file holds only part of the full message schema.
 */
export function addLocaleMessages(locale: Locale, messages: object): void {
  (i18n.global.mergeLocaleMessage as unknown as (l: string, m: object) => void)(locale, messages);
}

/** Loads a language's messages (once) and switches the whole app to it. */
export async function setLocale(locale: Locale, remember = false): Promise<void> {
  const g = i18n.global;
  if (!(g.te as unknown as (key: string, locale: string) => boolean)('app.name', locale)) {
    addLocaleMessages(locale, (await loaders[locale]()).default);
  }
  g.locale.value = locale;
  document.documentElement.lang = locale;
  if (remember) rememberLocale(locale);
}

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale;
}

/**
 * The public pages — the supplier portal (`/s/…`) and the grievance page (`/g/…`) — bring
 * their own, much smaller message files: on them the console's are not loaded at all (the
 * portal's first-load budget is 120 KB of JS).
 */
export function isPublicPath(path: string): boolean {
  return path.startsWith('/s/') || path.startsWith('/g/');
}

export async function installInitialLocale(): Promise<void> {
  if (isPublicPath(location.pathname)) {
    i18n.global.locale.value = browserLocale();
    document.documentElement.lang = browserLocale();
    return;
  }
  await setLocale(browserLocale());
}

/** Loads the console's messages when a console page is reached from a portal page. */
export async function ensureConsoleMessages(): Promise<void> {
  await setLocale(currentLocale());
}

type Named = Record<string, unknown>;

/** `t` for keys built at run time (error codes, enum values); checked with `te` first. */
export function tDynamic(key: string, named?: Named): string {
  const t = i18n.global.t as unknown as (key: string, named?: Named) => string;
  return named ? t(key, named) : t(key);
}

export function hasMessage(key: string): boolean {
  return (i18n.global.te as unknown as (key: string) => boolean)(key);
}
