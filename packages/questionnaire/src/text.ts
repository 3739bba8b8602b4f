import type { Language, LocalizedText } from './format.js';

/** The text in the reader's language; the format guarantees both languages are present. */
export function localize(text: LocalizedText, lang: Language): string {
  return text[lang];
}
