import { shallowRef } from 'vue';

/**
 * What the current page is about (a supplier's or a campaign's name), set by the page's
 * heading: the window title then names it, not only the kind of page ("Supplier").
 */
export const pageSubject = shallowRef<string | null>(null);

/** The window title: the subject, the kind of page, the product; a part equal to the one after it is left out. */
export function windowTitle(parts: (string | null | undefined)[]): string {
  const kept = parts.filter((p): p is string => !!p && p.trim() !== '');
  return kept.filter((p, i) => p !== kept[i + 1]).join(' — ');
}
