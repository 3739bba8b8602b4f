import type { LocationQueryValue } from 'vue-router';

/** Where to go after signing in: only a path of this app (no `//evil.example`), else the console. */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== 'string' || !v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\')) return '/suppliers';
  if (v.startsWith('/login') || v.startsWith('/signup') || v.startsWith('/s/')) return '/suppliers';
  return v;
}
