/**
 * The API sends the browser back from single sign-on to `/login#sso_token=…` (the fragment
 * never reaches a server) or `/login?sso_error=CODE`. Reads the token and removes it from
 * the address bar and history at once.
 */
export function takeSsoToken(loc: Pick<Location, 'hash' | 'pathname' | 'search'>, replace: (url: string) => void): string | null {
  const token = new URLSearchParams(loc.hash.replace(/^#/, '')).get('sso_token');
  if (!token) return null;
  replace(loc.pathname + loc.search);
  return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

export const SSO_ERRORS = ['SSO_FAILED', 'SSO_NOT_CONFIGURED', 'SSO_EXPIRED', 'SSO_DOMAIN_NOT_ALLOWED', 'SSO_NO_ROLE', 'SSO_EMAIL_TAKEN', 'ACCOUNT_DEACTIVATED'] as const;

/** The known error code of a failed sign-in, else a generic one. */
export function ssoErrorCode(value: unknown): (typeof SSO_ERRORS)[number] | null {
  if (typeof value !== 'string' || !value) return null;
  return (SSO_ERRORS as readonly string[]).includes(value) ? (value as (typeof SSO_ERRORS)[number]) : 'SSO_FAILED';
}

/** Where sign-in through an organisation's provider starts (a full page load, not an API call). */
export const ssoStartUrl = (slug: string) => `/api/auth/sso/${encodeURIComponent(slug.trim().toLowerCase())}/start`;
